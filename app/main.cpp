#include "Application.h"

int main(int argc, char *argv[])
{
    return Lineup::runApplication(argc, argv);
}
