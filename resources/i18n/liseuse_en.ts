<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../reader/ui/article/view.py" line="164" />
        <source>Article text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="166" />
        <source>Choose an article in the library, or search with Ctrl+K.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="372" />
        <source>Search hit %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="424" />
        <source>No match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="427" />
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../reader/ui/details.py" line="42" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/details.py" line="43" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/details.py" line="45" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/details.py" line="50" />
        <source>Length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/details.py" line="51" />
        <source>%1 words · %2 paragraphs · about %3 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/details.py" line="56" />
        <source>Page furniture</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/details.py" line="56" />
        <source>%n line(s)</source>
        <translation><numerusform>%n line</numerusform><numerusform>%n lines</numerusform></translation>
    </message>
    <message>
        <location filename="../../reader/ui/details.py" line="57" />
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/details.py" line="58" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/details.py" line="59" />
        <source>Id</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EntitiesPanel</name>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="42" />
        <location filename="../../reader/ui/entities/panel.py" line="44" />
        <source>Show entities in the text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="66" />
        <source>Entities of this article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="71" />
        <source>Click a name to go through its mentions; double-click to find every article that mentions it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="89" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="90" />
        <source>Organisations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="91" />
        <source>Places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="92" />
        <source>Products</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="93" />
        <source>Money</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="94" />
        <source>Percentages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="95" />
        <source>Dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="96" />
        <source>Other names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="119" />
        <source>Recognising entities…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="121" />
        <source>No entity found in this article.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/entities/panel.py" line="146" />
        <source>%1 — click for the next mention</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EntityBrowser</name>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="45" />
        <source>Entity Browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="48" />
        <source>Entity type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="49" />
        <source>All types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="54" />
        <source>Filter names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="56" />
        <source>Filter entity names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="59" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="59" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="59" />
        <source>Articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="59" />
        <source>Mentions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="68" />
        <source>Entities of the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="79" />
        <source>Articles that mention the entity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="83" />
        <source>Entities found in the same articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="97" />
        <source>Articles (double-click to open)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/entities/browser.py" line="99" />
        <source>Found most often with it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EntityOverlay</name>
    <message numerus="yes">
        <location filename="../../reader/ui/article/overlay.py" line="53" />
        <source>%n mention(s) in this article</source>
        <translation><numerusform>%n mention in this article</numerusform><numerusform>%n mentions in this article</numerusform></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="63" />
        <source>Also written: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/article/overlay.py" line="69" />
        <source>In %n article(s) of the library</source>
        <translation><numerusform>In %n article of the library</numerusform><numerusform>In %n articles of the library</numerusform></translation>
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="73" />
        <source>found by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="91" />
        <source>Mark as Entity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="108" />
        <source>Not an Entity in This Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="116" />
        <source>Not an Entity Anywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="121" />
        <source>Change Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/overlay.py" line="135" />
        <source>Same Entity As</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../reader/ui/errors.py" line="39" />
        <source>Something went wrong inside the app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/errors.py" line="43" />
        <source>Your library is safe. Please report this with the details below (Show Details…, or Copy details).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/errors.py" line="51" />
        <source>Copy details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/ui/article/view.py" line="87" />
        <location filename="../../reader/ui/article/view.py" line="88" />
        <source>Find in article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="93" />
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="93" />
        <source>Previous match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="95" />
        <source>Next match (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="95" />
        <source>Next match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="96" />
        <source>Close (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="96" />
        <source>Close the find bar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../reader/ui/help.py" line="14" />
        <source>Search the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="15" />
        <source>Leave the search, or close the find bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="16" />
        <source>Find in the article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="17" />
        <source>Next / previous match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="18" />
        <source>Next / previous search hit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="19" />
        <source>Go to the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="20" />
        <source>Zoom in / out / reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="21" />
        <source>Import files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="22" />
        <source>Import a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="23" />
        <source>Show or hide the details panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="24" />
        <source>Show or hide the entities panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="25" />
        <source>Show or hide all entities in the text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="26" />
        <source>Open the entity browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="27" />
        <source>Copy the selected text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/help.py" line="28" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HitBar</name>
    <message>
        <location filename="../../reader/ui/article/view.py" line="128" />
        <source>Previous hit (Shift+F3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="128" />
        <source>Previous hit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="129" />
        <source>Next hit (F3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="129" />
        <source>Next hit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="130" />
        <source>Clear the hits</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../reader/ui/importer.py" line="27" />
        <source>Import progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="28" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="29" />
        <source>Cancel the import</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../reader/ui/importer.py" line="70" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="88" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="94" />
        <source>Importing %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="109" />
        <source>%1 imported, %2 updated, %3 unchanged, %4 failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="117" />
        <source>The import was cancelled; the files imported so far were kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/importer.py" line="121" />
        <source>Import finished</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../reader/ui/library/model.py" line="38" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/library/model.py" line="38" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/library/model.py" line="38" />
        <source>Lang.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/library/model.py" line="38" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../../reader/ui/library/view.py" line="35" />
        <source>Filter by title or source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/library/view.py" line="37" />
        <source>Filter the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/library/view.py" line="39" />
        <source>Filter by source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/library/view.py" line="41" />
        <source>Filter by language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/library/view.py" line="50" />
        <source>Articles</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/library/view.py" line="125" />
        <source>%n article(s)</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/view.py" line="127" />
        <source>%1 of %2 articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/library/view.py" line="135" />
        <source>All sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/library/view.py" line="136" />
        <source>All languages</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="101" />
        <source>Search the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="76" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="85" />
        <source>Entities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="97" />
        <source>Search  (Ctrl+K)   e.g.  Huawei   "stock de puces"   source:register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="138" />
        <source>&amp;Import Files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="141" />
        <source>Import .txt, .md or .html files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="144" />
        <source>Import &amp;Folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="147" />
        <source>Import every article in a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="149" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="151" />
        <source>&amp;Find in Article…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="153" />
        <source>&amp;Search Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="154" />
        <source>Go to &amp;Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="156" />
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="159" />
        <source>Zoom &amp;In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="165" />
        <source>Zoom &amp;Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="167" />
        <source>&amp;Actual Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="169" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="173" />
        <source>&amp;About %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="178" />
        <source>Follow &amp;System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="179" />
        <source>&amp;Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="180" />
        <source>&amp;Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="189" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="193" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="195" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="198" />
        <source>&amp;Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="200" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="204" />
        <source>Follow the &amp;System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="211" />
        <source>&amp;Panels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="213" />
        <source>&amp;Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="217" />
        <source>&amp;Entities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="221" />
        <source>Show &amp;Entities in the Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="228" />
        <source>Entity &amp;Browser…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="232" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="235" />
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="312" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="313" />
        <source>The new language applies the next time you start %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="337" />
        <source>Opening the library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="432" />
        <source>Recognising entities: %1 of %2 articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="515" />
        <source>Import Articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="517" />
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="524" />
        <source>Import a Folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Reader</name>
    <message numerus="yes">
        <location filename="../../reader/ui/article/render.py" line="205" />
        <source>Page furniture: %n line(s) (sharing, related articles, ads)</source>
        <translation><numerusform>Page furniture: %n line (sharing, related articles, ads)</numerusform><numerusform>Page furniture: %n lines (sharing, related articles, ads)</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../reader/ui/search/view.py" line="55" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="97" />
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="121" />
        <source>No article matches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="124" />
        <source>%1 articles match; the best %2 are shown.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/search/view.py" line="129" />
        <source>%n article(s) match.</source>
        <translation><numerusform>%n article matches.</numerusform><numerusform>%n articles match.</numerusform></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="141" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="142" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="143" />
        <source>Entity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="154" />
        <source>%1: show only %2</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>