<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdjudicationView</name>
    <message numerus="yes">
        <source>%n place(s) · {0} disputed · {1} still open · adjudicating as {2}</source>
        <translation>
            <numerusform>%n place · {0} disputed · {1} still open · adjudicating as {2}</numerusform>
            <numerusform>%n places · {0} disputed · {1} still open · adjudicating as {2}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message numerus="yes">
        <source>&lt;b&gt;{0}&lt;/b&gt; (A) × &lt;b&gt;{1}&lt;/b&gt; (B) — %n article(s) in common</source>
        <translation>
            <numerusform>&lt;b&gt;{0}&lt;/b&gt; (A) × &lt;b&gt;{1}&lt;/b&gt; (B) — %n article in common</numerusform>
            <numerusform>&lt;b&gt;{0}&lt;/b&gt; (A) × &lt;b&gt;{1}&lt;/b&gt; (B) — %n articles in common</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotator(s)</source>
        <translation>
            <numerusform>%n annotator</numerusform>
            <numerusform>%n annotators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n evidence file</numerusform>
            <numerusform>%n evidence files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message numerus="yes">
        <source>%n captured page(s)</source>
        <translation>
            <numerusform>%n captured page</numerusform>
            <numerusform>%n captured pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n change(s) could not reach the database, which does not answer. Close anyway and lose them?</source>
        <translation>
            <numerusform>%n change could not reach the database, which does not answer. Close anyway and lose them?</numerusform>
            <numerusform>%n changes could not reach the database, which does not answer. Close anyway and lose them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelatedClaimsPanel</name>
    <message numerus="yes">
        <source>Give “{0}” to the group of %n claim(s)</source>
        <translation>
            <numerusform>Give “{0}” to the group of %n claim</numerusform>
            <numerusform>Give “{0}” to the group of %n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} given to all %n claim(s).</source>
        <translation>
            <numerusform>{0} given to all %n claim.</numerusform>
            <numerusform>{0} given to all %n claims.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveRetry</name>
    <message numerus="yes">
        <source>The database does not answer; %n change(s) kept, trying again in {0} s</source>
        <translation>
            <numerusform>The database does not answer; %n change kept, trying again in {0} s</numerusform>
            <numerusform>The database does not answer; %n changes kept, trying again in {0} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected again: %n kept change(s) saved</source>
        <translation>
            <numerusform>Connected again: %n kept change saved</numerusform>
            <numerusform>Connected again: %n kept changes saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message numerus="yes">
        <source>%n suggestion(s) in this article. Choose one to see it.</source>
        <translation>
            <numerusform>%n suggestion in this article. Choose one to see it.</numerusform>
            <numerusform>%n suggestions in this article. Choose one to see it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s) (Edit › Undo takes them back).</source>
        <translation>
            <numerusform>Accepted %n suggestion (Edit › Undo takes them back).</numerusform>
            <numerusform>Accepted %n suggestions (Edit › Undo takes them back).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n suggestion(s) (Edit › Undo takes them back).</source>
        <translation>
            <numerusform>Rejected %n suggestion (Edit › Undo takes them back).</numerusform>
            <numerusform>Rejected %n suggestions (Edit › Undo takes them back).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionSteps</name>
    <message numerus="yes">
        <source>Accepted %n mention(s) of “{0}”.</source>
        <translation>
            <numerusform>Accepted %n mention of “{0}”.</numerusform>
            <numerusform>Accepted %n mentions of “{0}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s).</source>
        <translation>
            <numerusform>Accepted %n suggestion.</numerusform>
            <numerusform>Accepted %n suggestions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n suggestion(s).</source>
        <translation>
            <numerusform>Rejected %n suggestion.</numerusform>
            <numerusform>Rejected %n suggestions.</numerusform>
        </translation>
    </message>
</context>
</TS>
