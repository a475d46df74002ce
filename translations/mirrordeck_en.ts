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
        <source>%n setting(s) override the file; see Details.</source>
        <translation>
            <numerusform>%n setting override the file; see Details.</numerusform>
            <numerusform>%n settings override the file; see Details.</numerusform>
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
