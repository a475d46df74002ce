<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ChangeHistory</name>
        <message numerus="yes">
            <source>Another MirrorDeck window or command is recording a change right now and did not finish within %n second(s); nothing was written. Try again.</source>
            <translation>
                <numerusform>Another MirrorDeck window or command is recording a change right now and did not finish within %n second; nothing was written. Try again.</numerusform>
                <numerusform>Another MirrorDeck window or command is recording a change right now and did not finish within %n seconds; nothing was written. Try again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConfigWriter</name>
        <message numerus="yes">
            <source>Another MirrorDeck window or command is changing this file and did not finish within %n second(s); nothing was written. Try again.</source>
            <translation>
                <numerusform>Another MirrorDeck window or command is changing this file and did not finish within %n second; nothing was written. Try again.</numerusform>
                <numerusform>Another MirrorDeck window or command is changing this file and did not finish within %n seconds; nothing was written. Try again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EcosystemSummaryCard</name>
        <message numerus="yes">
            <source>Overridden by %n setting(s); see Details.</source>
            <translation>
                <numerusform>Overridden by %n setting; see Details.</numerusform>
                <numerusform>Overridden by %n settings; see Details.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LatencyChartView</name>
        <message numerus="yes">
            <source>%1
%2: mean %3 of %n sample(s) (min %4, max %5)</source>
            <translation>
                <numerusform>%1
%2: mean %3 of %n sample (min %4, max %5)</numerusform>
                <numerusform>%1
%2: mean %3 of %n samples (min %4, max %5)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed probe(s)</source>
            <translation>
                <numerusform>%n failed probe</numerusform>
                <numerusform>%n failed probes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LatencySparkline</name>
        <message numerus="yes">
            <source>%n failed probe(s).</source>
            <translation>
                <numerusform>%n failed probe.</numerusform>
                <numerusform>%n failed probes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListCommand</name>
        <message numerus="yes">
            <source>%n s ago</source>
            <translation>
                <numerusform>%n s ago</numerusform>
                <numerusform>%n s ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min ago</source>
            <translation>
                <numerusform>%n min ago</numerusform>
                <numerusform>%n min ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h ago</source>
            <translation>
                <numerusform>%n h ago</numerusform>
                <numerusform>%n h ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>Settings re-read; measuring %n more tool(s) now, the rest are already being measured.</source>
            <translation>
                <numerusform>Settings re-read; measuring %n more tool now, the rest are already being measured.</numerusform>
                <numerusform>Settings re-read; measuring %n more tools now, the rest are already being measured.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MirrorPanel</name>
        <message numerus="yes">
            <source>Testing %n mirror(s)…</source>
            <translation>
                <numerusform>Testing %n mirror…</numerusform>
                <numerusform>Testing %n mirrors…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MirrorTableModel</name>
        <message numerus="yes">
            <source>%n consecutive failure(s)</source>
            <translation>
                <numerusform>%n consecutive failure</numerusform>
                <numerusform>%n consecutive failures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last round: %1 (median of %n sample(s))</source>
            <translation>
                <numerusform>Last round: %1 (median of %n sample)</numerusform>
                <numerusform>Last round: %1 (median of %n samples)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Over the last %n check(s)</source>
            <translation>
                <numerusform>Over the last %n check</numerusform>
                <numerusform>Over the last %n checks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Successful checks in the health window (%n check(s))</source>
            <translation>
                <numerusform>Successful checks in the health window (%n check)</numerusform>
                <numerusform>Successful checks in the health window (%n checks)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Behind by %n</source>
            <translation>
                <numerusform>Behind by %n</numerusform>
                <numerusform>Behind by %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last %1: %2 of %n probe(s) succeeded</source>
            <translation>
                <numerusform>Last %1: %2 of %n probe succeeded</numerusform>
                <numerusform>Last %1: %2 of %n probes succeeded</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProfileCommand</name>
        <message numerus="yes">
            <source>%n setting(s)</source>
            <translation>
                <numerusform>%n setting</numerusform>
                <numerusform>%n settings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved profile “%1”: %n setting(s) of %2.</source>
            <translation>
                <numerusform>Saved profile “%1”: %n setting of %2.</numerusform>
                <numerusform>Saved profile “%1”: %n settings of %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProfilesDialog</name>
        <message numerus="yes">
            <source>%1 — %2; %n setting(s)</source>
            <translation>
                <numerusform>%1 — %2; %n setting</numerusform>
                <numerusform>%1 — %2; %n settings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved “%1”: %n setting(s) of %2.</source>
            <translation>
                <numerusform>Saved “%1”: %n setting of %2.</numerusform>
                <numerusform>Saved “%1”: %n settings of %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Apply the profile “%1”: %n file(s) change, recorded as one change (restoring it undoes every file).</source>
            <translation>
                <numerusform>Apply the profile “%1”: %n file change, recorded as one change (restoring it undoes every file).</numerusform>
                <numerusform>Apply the profile “%1”: %n files change, recorded as one change (restoring it undoes every file).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“%1” changed %n file(s) as one change: all of them are put back, recorded as one new change.</source>
            <translation>
                <numerusform>“%1” changed %n file as one change: all of them are put back, recorded as one new change.</numerusform>
                <numerusform>“%1” changed %n files as one change: all of them are put back, recorded as one new change.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UseCommand</name>
        <message numerus="yes">
            <source>Probing %n %1 mirror(s)…</source>
            <translation>
                <numerusform>Probing %n %1 mirror…</numerusform>
                <numerusform>Probing %n %1 mirrors…</numerusform>
            </translation>
        </message>
    </context>
</TS>
