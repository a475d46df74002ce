#include "credentials/CredentialSetup.h"

#include "config/ConfigFile.h"
#include "config/EcosystemConfig.h"
#include "config/SecretMask.h"
#include "credentials/CredentialsLog.h"
#include "credentials/GitConfigEditor.h"
#include "credentials/NetrcEditor.h"
#include "ecosystems/EcosystemRegistry.h"
#include "ecosystems/go/GoEnvFile.h"
#include "ecosystems/npm/Npmrc.h"

#include <QProcess>
#include <QRegularExpression>

namespace {

const QString kGoprivate = QStringLiteral("GOPRIVATE");
const QString kExtraIndex = QStringLiteral("global.extra-index-url");
const QString kTrustedHost = QStringLiteral("global.trusted-host");

QString npmAuthKey(const CredentialEntry &entry)
{
    return QStringLiteral("//") + entry.hostPort() + entry.pathPrefix() +
           QStringLiteral(":_authToken");
}

// A key's value in the user file itself (not what a variable or another layer overrides).
Expected<QString> userFileValue(const EcosystemConfig &config, const QString &key)
{
    MIRRORDECK_TRY_ASSIGN(setting, config.effectiveSetting(key));
    if (setting.userFileLine <= 0)
        return QString();
    if (setting.source.kind == SettingSource::Kind::File &&
        setting.source.line == setting.userFileLine)
        return setting.value;
    return makeError(CoreError::Kind::Conflict,
                     CredentialSetup::tr("%1 in %2 is overridden (%3); change it there first.")
                         .arg(key, setting.userFilePath, setting.source.describe()));
}

QStringList splitList(const QString &value, const QRegularExpression &separator)
{
    return value.split(separator, Qt::SkipEmptyParts);
}

// Adds `element` to the list in `key` (unless it is there) as one KeyEdit; records the step.
Expected<void> appendToList(const EcosystemConfig &config, const QString &key,
                            const QString &element, const QString &joiner, KeyEdits *edits,
                            QList<CredentialSetupStep> *steps)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    MIRRORDECK_TRY_ASSIGN(current, userFileValue(config, key));
    QStringList list = splitList(current, separators);
    if (list.contains(element))
        return {}; // the user had it already: removal must keep it
    list.append(element);
    edits->append(KeyEdit::set(key, list.join(joiner)));
    CredentialSetupStep step;
    step.ecosystem = config.id();
    step.key = key;
    step.value = element;
    step.previousValue = current;
    step.listElement = true;
    steps->append(step);
    return {};
}

Expected<ConfigChange> plainChange(const QString &ecosystem, const QString &path,
                                   const std::function<QByteArray(const QByteArray &)> &edit,
                                   const KeyChange &keyChange, bool privateFile)
{
    MIRRORDECK_TRY_ASSIGN(file, ConfigFileReader::read(path));
    ConfigChange change;
    change.ecosystem = ecosystem;
    change.filePath = file.path;
    change.targetPath = file.targetPath;
    change.existedBefore = file.exists;
    change.before = file.bytes;
    change.after = edit(file.bytes);
    // A file emptied by removal goes away again (git and netrc treat "none" like "empty").
    change.existsAfter = !change.after.isEmpty() ||
                         (file.exists && !file.bytes.isEmpty() && change.after == change.before);
    if (change.after != change.before)
        change.keyChanges.append(keyChange);
    if (privateFile)
        change.newFilePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    return change;
}

// GOAUTH is not one of the Go keys MirrorDeck manages as a mirror setting; its one line in go's
// env file is edited with GoEnvFile, losslessly, like `go env -w` would.
// `value` null: only read what is there (into `previous`).
Expected<ConfigChange> goauthChange(const ToolEnvironment &environment, const QString *value,
                                    QString *previous)
{
    const auto go = EcosystemRegistry::create(QStringLiteral("go"), environment);
    MIRRORDECK_TRY_ASSIGN(path, go->userConfigPath());
    MIRRORDECK_TRY_ASSIGN(file, ConfigFileReader::read(path, GoEnvFile::textPolicy()));
    const GoEnvFile env = GoEnvFile::fromBytes(file.bytes);
    const auto entry = env.effectiveEntry(QStringLiteral("GOAUTH"));
    const QString current = entry ? QString::fromUtf8(entry->value) : QString();
    if (previous)
        *previous = current;
    ConfigChange change;
    change.ecosystem = QStringLiteral("go");
    change.filePath = file.path;
    change.targetPath = file.targetPath;
    change.existedBefore = file.exists;
    change.before = file.bytes;
    const QString newValue = value ? *value : current;
    change.after = newValue.isEmpty() ? env.withoutKey(QStringLiteral("GOAUTH"))
                                      : env.withValue(QStringLiteral("GOAUTH"), newValue);
    change.existsAfter = file.exists || !change.after.isEmpty();
    if (change.after != change.before)
        change.keyChanges.append({QStringLiteral("GOAUTH"), current, newValue});
    return change;
}

void addChange(PlannedSetup *plan, const ConfigChange &change,
               const QList<CredentialSetupStep> &steps)
{
    if (change.isNoOp())
        return;
    plan->changes.append(change);
    for (CredentialSetupStep step : steps) {
        step.filePath = change.filePath;
        plan->steps.append(step);
        plan->stepChange.append(int(plan->changes.size()) - 1);
    }
}

} // namespace

int CredentialSetup::goVersion(const ToolEnvironment &environment)
{
    QProcess go;
    go.setProcessEnvironment(environment.variables());
    go.start(QStringLiteral("go"), {QStringLiteral("env"), QStringLiteral("GOVERSION")});
    if (!go.waitForFinished(20000) || go.exitCode() != 0)
        return 0;
    static const QRegularExpression version(QStringLiteral("go(\\d+)\\.(\\d+)"));
    const QRegularExpressionMatch match =
        version.match(QString::fromUtf8(go.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() * 100 + match.captured(2).toInt() : 0;
}

QString CredentialSetup::goPrivateExplanation()
{
    return tr("GOPRIVATE lists module paths that are private: go fetches them directly from their "
              "origin (GONOPROXY defaults to GOPRIVATE, so no proxy sees their names) and does not "
              "check them against the public checksum database (GONOSUMDB defaults to GOPRIVATE). "
              "If you set GONOPROXY or GONOSUMDB yourself, they no longer follow GOPRIVATE.");
}

QString CredentialSetup::goPrivatePattern(const CredentialEntry &entry)
{
    QString path = entry.pathPrefix();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return entry.host() + path;
}

Expected<PlannedSetup> CredentialSetup::planAdd(const CredentialEntry &entry,
                                                const CredentialOptions &options,
                                                const ToolEnvironment &environment)
{
    PlannedSetup plan;
    switch (entry.use) {
    case CredentialUse::Git: {
        const QString helper = GitConfigEditor::helperCommand(options.cliPath);
        const QString key = QStringLiteral("credential.%1.helper").arg(entry.url);
        MIRRORDECK_TRY_ASSIGN(
            change, plainChange(
                        QStringLiteral("git"), GitConfigEditor::globalConfigPath(environment),
                        [&](const QByteArray &bytes) {
                            return GitConfigEditor::withHelper(bytes, entry.url, helper);
                        },
                        {key, QString(), helper}, false));
        CredentialSetupStep step;
        step.ecosystem = QStringLiteral("git");
        step.key = key;
        step.value = helper;
        addChange(&plan, change, {step});
        if (options.goPrivate) {
            const auto go = EcosystemRegistry::create(QStringLiteral("go"), environment);
            KeyEdits edits;
            QList<CredentialSetupStep> steps;
            MIRRORDECK_TRY(appendToList(*go, kGoprivate, goPrivatePattern(entry),
                                        QStringLiteral(","), &edits, &steps));
            if (!edits.isEmpty()) {
                MIRRORDECK_TRY_ASSIGN(goChange, go->planTransaction(edits));
                addChange(&plan, goChange, steps);
            }
            if (!environment.value(QStringLiteral("GONOPROXY")).isEmpty() ||
                !environment.value(QStringLiteral("GONOSUMDB")).isEmpty())
                plan.notes.append(tr("GONOPROXY or GONOSUMDB is set in your environment, so it "
                                     "does not follow GOPRIVATE; add %1 there too.")
                                      .arg(goPrivatePattern(entry)));
        }
        break;
    }
    case CredentialUse::GoProxy: {
        const int version = goVersion(environment);
        if (!options.netrc && version >= 124) {
            // GOAUTH's command form is split on whitespace, without quoting.
            if (options.cliPath.contains(QRegularExpression(QStringLiteral("\\s"))))
                return makeError(CoreError::Kind::Usage,
                                 tr("go splits GOAUTH on spaces, and %1 contains one; install "
                                    "MirrorDeck in a path without spaces or pass --netrc.")
                                     .arg(options.cliPath));
            QString previous;
            MIRRORDECK_TRY(goauthChange(environment, nullptr, &previous));
            // Earlier GOAUTH entries win; the user's own (or go's default, netrc) stay after ours.
            const QString value = options.cliPath + QStringLiteral(" goauth;") +
                                  (previous.isEmpty() ? QStringLiteral("netrc") : previous);
            MIRRORDECK_TRY_ASSIGN(change, goauthChange(environment, &value, nullptr));
            CredentialSetupStep step;
            step.ecosystem = QStringLiteral("go");
            step.key = QStringLiteral("GOAUTH");
            step.value = value;
            step.previousValue = previous;
            addChange(&plan, change, {step});
            break;
        }
        if (!options.netrc) {
            return makeError(
                CoreError::Kind::Usage,
                tr("The installed go (%1) cannot ask a keychain for a GOPROXY password "
                   "(GOAUTH needs go 1.24). Pass --netrc to store it in ~/.netrc (mode "
                   "0600) as well, or use a git host instead.")
                    .arg(version > 0 ? QStringLiteral("%1.%2").arg(version / 100).arg(version % 100)
                                     : tr("not found")));
        }
        const QString key = QStringLiteral("machine %1").arg(entry.host());
        MIRRORDECK_TRY_ASSIGN(
            change, plainChange(
                        QStringLiteral("netrc"), NetrcEditor::path(environment),
                        [&](const QByteArray &bytes) {
                            return NetrcEditor::withMachine(bytes, entry.host(), entry.username,
                                                            options.secret);
                        },
                        {key, QString(), QString::fromLatin1(SecretMask::kMarker)}, true));
        CredentialSetupStep step;
        step.ecosystem = QStringLiteral("netrc");
        step.key = key;
        step.value = QString::fromLatin1(SecretMask::kMarker);
        step.holdsSecret = true;
        addChange(&plan, change, {step});
        break;
    }
    case CredentialUse::Npm: {
        const auto npm = EcosystemRegistry::create(QStringLiteral("npm"), environment);
        MIRRORDECK_TRY_ASSIGN(input, npm->readEditInput());
        const QProcessEnvironment &variables = environment.variables();
        const QString authKey = npmAuthKey(entry);
        const Npmrc before = Npmrc::fromBytes(input.bytes);
        if (before.resolve(authKey, variables).effectiveEntry >= 0 ||
            before.resolve(authKey, variables).line >= 0)
            return makeError(CoreError::Kind::Conflict,
                             tr("%1 already has a token line for %2 (%3); remove it first, so "
                                "that MirrorDeck never drops a token it did not write.")
                                 .arg(input.path, entry.url, authKey),
                             input.path);
        KeyEdits edits;
        QList<CredentialSetupStep> steps;
        if (!entry.npmScope.isEmpty()) {
            const QString scopeKey = entry.npmScope + QStringLiteral(":registry");
            MIRRORDECK_TRY_ASSIGN(previous, userFileValue(*npm, scopeKey));
            edits.append(KeyEdit::set(scopeKey, entry.url));
            CredentialSetupStep step;
            step.ecosystem = QStringLiteral("npm");
            step.key = scopeKey;
            step.value = entry.url;
            step.previousValue = previous;
            steps.append(step);
        }
        MIRRORDECK_TRY_ASSIGN(outcome, npm->planEdits(input, edits));
        const QString value = options.tokenInNpmrc
                                  ? options.secret
                                  : QStringLiteral("${%1}").arg(entry.tokenVariable());
        MIRRORDECK_TRY_ASSIGN(
            document,
            Npmrc::fromBytes(outcome.after).withValue(authKey, value, variables, input.path));
        outcome.after = document.toBytes();
        const QString shown =
            options.tokenInNpmrc ? QString::fromLatin1(SecretMask::kMarker) : value;
        outcome.keyChanges.append({authKey, QString(), shown});
        ConfigChange change = npm->changeFor(input, outcome);
        CredentialSetupStep step;
        step.ecosystem = QStringLiteral("npm");
        step.key = authKey;
        step.value = shown;
        step.holdsSecret = options.tokenInNpmrc;
        steps.append(step);
        addChange(&plan, change, steps);
        break;
    }
    case CredentialUse::Pip: {
        const auto pip = EcosystemRegistry::create(QStringLiteral("pip"), environment);
        KeyEdits edits;
        QList<CredentialSetupStep> steps;
        MIRRORDECK_TRY(
            appendToList(*pip, kExtraIndex, entry.url, QStringLiteral(" "), &edits, &steps));
        // pip refuses an http index unless its host is trusted.
        if (entry.scheme() == QLatin1String("http"))
            MIRRORDECK_TRY(appendToList(*pip, kTrustedHost, entry.host(), QStringLiteral(" "),
                                        &edits, &steps));
        if (!edits.isEmpty()) {
            MIRRORDECK_TRY_ASSIGN(change, pip->planTransaction(edits));
            addChange(&plan, change, steps);
        }
        break;
    }
    }
    qCDebug(lcCredentials) << "planned" << plan.changes.size() << "changes to add" << entry.url;
    return plan;
}

Expected<PlannedSetup> CredentialSetup::planRemove(const CredentialEntry &entry,
                                                   const ToolEnvironment &environment)
{
    PlannedSetup plan;
    // Steps grouped by file, in the order they were made: one change per file.
    QStringList files;
    for (const CredentialSetupStep &step : entry.setup) {
        if (!files.contains(step.ecosystem))
            files.append(step.ecosystem);
    }
    for (const QString &ecosystem : std::as_const(files)) {
        QList<CredentialSetupStep> steps;
        for (const CredentialSetupStep &step : entry.setup) {
            if (step.ecosystem == ecosystem)
                steps.append(step);
        }
        if (ecosystem == QLatin1String("git")) {
            const CredentialSetupStep &step = steps.first();
            MIRRORDECK_TRY_ASSIGN(change, plainChange(
                                              ecosystem, step.filePath,
                                              [&](const QByteArray &bytes) {
                                                  return GitConfigEditor::withoutHelper(
                                                      bytes, entry.url, step.value);
                                              },
                                              {step.key, step.value, QString()}, false));
            addChange(&plan, change, steps);
            continue;
        }
        if (ecosystem == QLatin1String("netrc")) {
            const CredentialSetupStep &step = steps.first();
            MIRRORDECK_TRY_ASSIGN(change, plainChange(
                                              ecosystem, step.filePath,
                                              [&](const QByteArray &bytes) {
                                                  return NetrcEditor::withoutMachine(
                                                      bytes, entry.host(), entry.username);
                                              },
                                              {step.key, step.value, QString()}, true));
            addChange(&plan, change, steps);
            continue;
        }
        if (steps.first().key == QLatin1String("GOAUTH")) {
            const CredentialSetupStep &step = steps.first();
            QString current;
            MIRRORDECK_TRY(goauthChange(environment, nullptr, &current));
            if (current != step.value) {
                plan.notes.append(tr("GOAUTH was changed since MirrorDeck set it; it is kept as "
                                     "it is."));
                continue;
            }
            MIRRORDECK_TRY_ASSIGN(change, goauthChange(environment, &step.previousValue, nullptr));
            addChange(&plan, change, steps);
            continue;
        }
        const auto config = EcosystemRegistry::create(ecosystem, environment);
        if (!config)
            continue;
        MIRRORDECK_TRY_ASSIGN(input, config->readEditInput());
        KeyEdits edits;
        QString npmAuth;
        for (const CredentialSetupStep &step : std::as_const(steps)) {
            if (step.key.startsWith(QLatin1String("//"))) {
                npmAuth = step.key; // not one of npm's managed keys: removed below
                continue;
            }
            MIRRORDECK_TRY_ASSIGN(current, userFileValue(*config, step.key));
            if (step.listElement) {
                static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
                QStringList list = splitList(current, separators);
                if (!list.removeAll(step.value))
                    continue; // the user removed it already
                edits.append(list.isEmpty()
                                 ? KeyEdit::remove(step.key)
                                 : KeyEdit::set(step.key, list.join(step.key == kGoprivate
                                                                        ? QStringLiteral(",")
                                                                        : QStringLiteral(" "))));
            } else if (current == step.value) {
                edits.append(step.previousValue.isEmpty()
                                 ? KeyEdit::remove(step.key)
                                 : KeyEdit::set(step.key, step.previousValue));
            } else {
                plan.notes.append(tr("%1 was changed since MirrorDeck set it; it is kept as it is.")
                                      .arg(step.key));
            }
        }
        MIRRORDECK_TRY_ASSIGN(outcome, config->planEdits(input, edits));
        if (!npmAuth.isEmpty()) {
            MIRRORDECK_TRY_ASSIGN(document,
                                  Npmrc::fromBytes(outcome.after)
                                      .withoutKey(npmAuth, environment.variables(), input.path));
            if (document.toBytes() != outcome.after) {
                outcome.after = document.toBytes();
                outcome.keyChanges.append({npmAuth, QStringLiteral("…"), QString()});
            }
        }
        addChange(&plan, config->changeFor(input, outcome), steps);
    }
    qCDebug(lcCredentials) << "planned" << plan.changes.size() << "changes to remove" << entry.url;
    return plan;
}
