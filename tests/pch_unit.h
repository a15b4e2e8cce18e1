#pragma once
#include <QtCore>
#include <QtNetwork>
#include <QtSql>
#include <QtTest>
