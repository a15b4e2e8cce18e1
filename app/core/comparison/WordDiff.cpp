#include "comparison/WordDiff.h"
