#include "comparison/PaneFigures.h"
