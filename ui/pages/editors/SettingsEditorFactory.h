#pragma once

// The settings editor of a tool by its id; a tool without its own editor gets none (the page then
// shows only the one-click switch).

#include <QString>

class QWidget;
class SettingsEditor;

SettingsEditor *createSettingsEditor(const QString &ecosystem, QWidget *parent);
