#pragma once

namespace Lineup {
int runApplication(int argc, char *argv[]);
}
