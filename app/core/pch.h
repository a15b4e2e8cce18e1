// Precompiled header for lineup_core: Qt's headers dominate compile time on small machines.
#pragma once
#include <QtCore>
#include <QtNetwork>
#include <QtSql>
