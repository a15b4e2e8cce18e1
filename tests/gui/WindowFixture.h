#pragma once

// The window suites' common ground: a settings file with one provider profile, "fake", pointing
// at a FakeServer, and launch options that open the window on it with a data folder of its own,
// short network timeouts and no welcome dialog.
#include "MainWindow.h"
#include "providers/ProviderProfile.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QUrl>

namespace Lineup::Test {

inline void saveFakeProfile(const QTemporaryDir &dir, const QUrl &baseUrl)
{
    QSettings settings(dir.filePath(QStringLiteral("lineup.ini")), QSettings::IniFormat);
    ProviderProfile fake;
    fake.id = QStringLiteral("fake");
    fake.name = QStringLiteral("Fake service");
    fake.baseUrl = baseUrl;
    fake.requiresKey = false;
    ProviderStore(settings).save(fake);
    settings.sync();
}

inline LaunchOptions fakeServiceLaunch(const QTemporaryDir &dir)
{
    LaunchOptions launch;
    launch.profileId = QStringLiteral("fake");
    launch.model = QStringLiteral("test-model");
    launch.dataDir = dir.filePath(QStringLiteral("data"));
    launch.settingsFile = dir.filePath(QStringLiteral("lineup.ini"));
    launch.showWelcome = false;
    ClientOptions client;
    client.idleTimeoutMs = 3000;
    client.connectTimeoutMs = 3000;
    client.maxRetries = 0;
    launch.clientOptions = client;
    return launch;
}

} // namespace Lineup::Test
