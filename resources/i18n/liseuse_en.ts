<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../reader/ui/article/view.py" line="156" />
        <source>Article text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="158" />
        <source>Choose an article in the library, or search with Ctrl+K.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="304" />
        <source>Search hit %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="356" />
        <source>No match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="359" />
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
        <location filename="../../reader/ui/article/view.py" line="85" />
        <location filename="../../reader/ui/article/view.py" line="86" />
        <source>Find in article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="91" />
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="91" />
        <source>Previous match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="93" />
        <source>Next match (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="93" />
        <source>Next match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="94" />
        <source>Close (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="94" />
        <source>Close the find bar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HitBar</name>
    <message>
        <location filename="../../reader/ui/article/view.py" line="126" />
        <source>Previous hit (Shift+F3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="126" />
        <source>Previous hit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="127" />
        <source>Next hit (F3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="127" />
        <source>Next hit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/article/view.py" line="128" />
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
        <location filename="../../reader/ui/mainwindow.py" line="45" />
        <location filename="../../reader/ui/mainwindow.py" line="105" />
        <source>Search the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="46" />
        <source>Leave the search, or close the find bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="47" />
        <source>Find in the article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="48" />
        <source>Next / previous match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="49" />
        <source>Next / previous search hit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="50" />
        <source>Go to the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="51" />
        <source>Zoom in / out / reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="52" />
        <source>Import files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="53" />
        <source>Import a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="54" />
        <source>Show or hide the details panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="55" />
        <source>Copy the selected text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="56" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="89" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="101" />
        <source>Search  (Ctrl+K)   e.g.  Huawei   "stock de puces"   source:register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="142" />
        <source>&amp;Import Files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="145" />
        <source>Import .txt, .md or .html files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="148" />
        <source>Import &amp;Folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="151" />
        <source>Import every article in a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="153" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="155" />
        <source>&amp;Find in Article…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="157" />
        <source>&amp;Search Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="158" />
        <source>Go to &amp;Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="160" />
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="163" />
        <source>Zoom &amp;In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="169" />
        <source>Zoom &amp;Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="171" />
        <source>&amp;Actual Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="173" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="177" />
        <source>&amp;About %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="182" />
        <source>Follow &amp;System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="183" />
        <source>&amp;Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="184" />
        <source>&amp;Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="193" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="197" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="199" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="202" />
        <source>&amp;Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="204" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="208" />
        <source>Follow the &amp;System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="215" />
        <source>&amp;Panels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="217" />
        <source>&amp;Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="221" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="224" />
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="297" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="298" />
        <source>The new language applies the next time you start %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="319" />
        <source>Opening the library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="426" />
        <source>Import Articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="428" />
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="435" />
        <source>Import a Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="469" />
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="477" />
        <source>A reader for news corpora: search, read, annotate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="478" />
        <source>Library:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="485" />
        <source>About %1</source>
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
        <location filename="../../reader/ui/search/view.py" line="54" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="96" />
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="120" />
        <source>No article matches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="123" />
        <source>%1 articles match; the best %2 are shown.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/search/view.py" line="128" />
        <source>%n article(s) match.</source>
        <translation><numerusform>%n article matches.</numerusform><numerusform>%n articles match.</numerusform></translation>
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="139" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="139" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../reader/ui/search/view.py" line="149" />
        <source>%1: show only %2</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>