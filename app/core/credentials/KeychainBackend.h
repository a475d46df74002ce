#pragma once

// Which keychain this system has, by the name users know it ("GNOME Keyring", "KWallet",
// "macOS Keychain", "Windows Credential Manager"), and whether there is one at all. detect()
// asks the D-Bus session which process owns the Secret Service, so it may take a moment: the
// window calls it on a worker thread.

#include <QCoreApplication>
#include <QString>

struct KeychainInfo
{
    bool available = false;
    QString storeName; // translated where it is a description rather than a product name
    QString message;   // why it is unavailable (translated); empty when available
};

class KeychainBackend
{
    Q_DECLARE_TR_FUNCTIONS(KeychainBackend)

public:
    // Cheap and non-blocking: on Linux, whether a D-Bus session bus is known at all.
    static bool sessionLooksAvailable();
    // "No keychain is available: …" with what to do next.
    static QString unavailableMessage();
    // Blocking (D-Bus round trips on Linux): the store's name and availability.
    static KeychainInfo detect();
};
