#pragma once
#include <QtCore>
#include <QtGui>
#include <QtNetwork>
#include <QtTest>
#include <QtWidgets>
