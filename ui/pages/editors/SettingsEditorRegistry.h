#pragma once

// The settings editor of a tool: its bespoke one when registered by ecosystem id (Go's GOPROXY
// chain, npm's scopes, pip's indexes), else a GenericSettingsEditor built from the typed keys of
// the tool's descriptor, so a new tool gets a Settings tab without any code here.

#include <QString>

#include <functional>

class ConfigService;
class QWidget;
class SettingsEditor;

class SettingsEditorRegistry
{
public:
    using Factory = std::function<SettingsEditor *(const ConfigService &service, QWidget *parent)>;

    // Never null: a tool without its own editor gets the generic one.
    static SettingsEditor *create(const ConfigService &service, QWidget *parent);
    // Registers (or replaces) the bespoke editor of `ecosystem`.
    static void add(const QString &ecosystem, Factory factory);
};
