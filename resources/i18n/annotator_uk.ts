<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Keep what is entered and close</source>
        <translation>Зберегти введене й закрити</translation>
    </message>
    <message>
        <source>Save what is entered and close</source>
        <translation>Зберегти введене й закрити</translation>
    </message>
    <message>
        <source>Open what is chosen</source>
        <translation>Відкрити вибране</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Закрити, нічого не змінюючи</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Закрити це вікно</translation>
    </message>
    <message>
        <source>Yes: go ahead</source>
        <translation>Так: продовжити</translation>
    </message>
    <message>
        <source>No: change nothing</source>
        <translation>Ні: нічого не змінювати</translation>
    </message>
</context>
<context>
    <name>AdjudicationView</name>
    <message>
        <source>Adjudicate — {0}</source>
        <translation>Вирішення розбіжностей — {0}</translation>
    </message>
    <message>
        <source>Left annotator</source>
        <translation>Анотатор ліворуч</translation>
    </message>
    <message>
        <source>Whose version shows in the left column</source>
        <translation>Чия версія показана в лівому стовпці</translation>
    </message>
    <message>
        <source>Right annotator</source>
        <translation>Анотатор праворуч</translation>
    </message>
    <message>
        <source>Whose version shows in the right column</source>
        <translation>Чия версія показана в правому стовпці</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Ліворуч:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>Праворуч:</translation>
    </message>
    <message>
        <source>Places to adjudicate</source>
        <translation>Місця для вирішення</translation>
    </message>
    <message>
        <source>Each place of the article with both versions and the adjudicated one</source>
        <translation>Кожне місце статті з обома версіями та вирішеною</translation>
    </message>
    <message>
        <source>choose to edit</source>
        <translation>виберіть, щоб змінити</translation>
    </message>
    <message>
        <source>Adjudicated value</source>
        <translation>Вирішене значення</translation>
    </message>
    <message>
        <source>The type or status the adjudicated layer takes for the chosen place</source>
        <translation>Тип або статус, який вирішений шар бере для вибраного місця</translation>
    </message>
    <message>
        <source>Go to the next place where the two versions differ</source>
        <translation>Перейти до наступного місця, де версії різняться</translation>
    </message>
    <message>
        <source>The left version goes into the adjudicated layer</source>
        <translation>Ліва версія йде до вирішеного шару</translation>
    </message>
    <message>
        <source>The right version goes into the adjudicated layer</source>
        <translation>Права версія йде до вирішеного шару</translation>
    </message>
    <message>
        <source>Neither version goes into the adjudicated layer</source>
        <translation>Жодна версія не йде до вирішеного шару</translation>
    </message>
    <message>
        <source>Take back the last adjudication step</source>
        <translation>Скасувати останній крок вирішення</translation>
    </message>
    <message>
        <source>Do again what was taken back</source>
        <translation>Повторити скасоване</translation>
    </message>
    <message>
        <source>&amp;Next disagreement</source>
        <translation>&amp;Наступна розбіжність</translation>
    </message>
    <message>
        <source>Accept &amp;left</source>
        <translation>Прийняти &amp;ліве</translation>
    </message>
    <message>
        <source>Accept &amp;right</source>
        <translation>Прийняти &amp;праве</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Від&amp;хилити</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>Edit the adjudicated value</source>
        <translation>Змінити ухвалене значення</translation>
    </message>
    <message>
        <source>Adjudicated value (E):</source>
        <translation>Ухвалене значення (E):</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Adjudicated</source>
        <translation>Ухвалено</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Згадка</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>відхилено</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) · {0} disputed · {1} still open · adjudicating as {2}</source>
        <translation>
            <numerusform>%n місце · спірних: {0} · ще відкритих: {1} · вирішує {2}</numerusform>
            <numerusform>%n місця · спірних: {0} · ще відкритих: {1} · вирішує {2}</numerusform>
            <numerusform>%n місць · спірних: {0} · ще відкритих: {1} · вирішує {2}</numerusform>
        </translation>
    </message>
    <message>
        <source> · every disagreement is resolved</source>
        <translation> · усі розбіжності вирішено</translation>
    </message>
    <message>
        <source>Accept {0}&apos;s version</source>
        <translation>Прийняти версію: {0}</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Відхилити</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <source>Agreement</source>
        <translation>Узгодженість</translation>
    </message>
    <message>
        <source>Annotators: &lt;b&gt;{0}&lt;/b&gt; · articles annotated by two or more: &lt;b&gt;{1}&lt;/b&gt; · Krippendorff&apos;s α (nominal): claim status &lt;b&gt;{2}&lt;/b&gt;, mention type &lt;b&gt;{3}&lt;/b&gt;</source>
        <translation>Анотаторів: &lt;b&gt;{0}&lt;/b&gt; · статей, анотованих двома чи більше: &lt;b&gt;{1}&lt;/b&gt; · α Кріппендорфа (номінальна): статус твердження &lt;b&gt;{2}&lt;/b&gt;, тип згадки &lt;b&gt;{3}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Agreement of each pair of annotators</source>
        <translation>Узгодженість кожної пари анотаторів</translation>
    </message>
    <message>
        <source>Above the diagonal: mentions, exact F1. Below: claim status, Cohen&apos;s kappa. Click a cell to see that pair.</source>
        <translation>Над діагоналлю: згадки, точна F1. Під нею: статус твердження, каппа Коена. Клацніть клітинку, щоб побачити цю пару.</translation>
    </message>
    <message>
        <source>exact F1</source>
        <translation>точна F1</translation>
    </message>
    <message>
        <source>overlap F1</source>
        <translation>F1 з перекриттям</translation>
    </message>
    <message>
        <source>kappa</source>
        <translation>каппа</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>спостережена</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>кількості</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Стаття</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>The pair&apos;s figures</source>
        <translation>Показники пари</translation>
    </message>
    <message>
        <source>The chosen pair&apos;s agreement on mentions, per entity type, and on claims</source>
        <translation>Узгодженість вибраної пари щодо згадок, за типами сутностей, і щодо тверджень</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Розбіжності</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open it in the window</source>
        <translation>Двічі клацніть або натисніть Enter, щоб відкрити у вікні</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{0}&lt;/b&gt; (A) × &lt;b&gt;{1}&lt;/b&gt; (B) — %n article(s) in common</source>
        <translation>
            <numerusform>&lt;b&gt;{0}&lt;/b&gt; (A) × &lt;b&gt;{1}&lt;/b&gt; (B) — %n спільна стаття</numerusform>
            <numerusform>&lt;b&gt;{0}&lt;/b&gt; (A) × &lt;b&gt;{1}&lt;/b&gt; (B) — %n спільні статті</numerusform>
            <numerusform>&lt;b&gt;{0}&lt;/b&gt; (A) × &lt;b&gt;{1}&lt;/b&gt; (B) — %n спільних статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Згадка</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Згадки</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Mention type (same offsets)</source>
        <translation>Тип згадки (ті самі межі)</translation>
    </message>
    <message>
        <source>Claim status (same offsets)</source>
        <translation>Статус твердження (ті самі межі)</translation>
    </message>
</context>
<context>
    <name>AnnotatingActions</name>
    <message>
        <source>Select some words in the article first.</source>
        <translation>Спершу виділіть слова в статті.</translation>
    </message>
    <message>
        <source>Select an annotation to delete.</source>
        <translation>Виберіть анотацію, яку треба видалити.</translation>
    </message>
    <message>
        <source>Select a claim to set its status.</source>
        <translation>Виберіть твердження, щоб задати його статус.</translation>
    </message>
    <message>
        <source>Select an annotation, then the words it should cover.</source>
        <translation>Виберіть анотацію, а потім слова, які вона має охоплювати.</translation>
    </message>
    <message>
        <source>Select an annotation to adjust its boundaries.</source>
        <translation>Виберіть анотацію, щоб змінити її межі.</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No annotation selected.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Select words in the article, then press &lt;b&gt;C&lt;/b&gt; for a claim or &lt;b&gt;1&lt;/b&gt;–&lt;b&gt;9&lt;/b&gt; for an entity mention. Click a highlight to open its form.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Анотацію не вибрано.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Виділіть слова в статті й натисніть &lt;b&gt;C&lt;/b&gt; для твердження або &lt;b&gt;1&lt;/b&gt;–&lt;b&gt;9&lt;/b&gt; для згадки сутності. Клацніть виділення, щоб відкрити його форму.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Анотації</translation>
    </message>
    <message>
        <source>The open article&apos;s claims and mentions in reading order; the arrows choose one and open its form below</source>
        <translation>Твердження й згадки відкритої статті в порядку читання; стрілки вибирають одне й відкривають його форму нижче</translation>
    </message>
    <message>
        <source>“{0}” is now an alias of {1}.</source>
        <translation>«{0}» тепер — альтернативна назва для {1}.</translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Type / status</source>
        <translation>Тип / статус</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Згадка</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The team database does not answer</source>
        <translation>Командна база даних не відповідає</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Щось пішло не так</translation>
    </message>
    <message>
        <source>{0}

Your saved work is safe. The program keeps running; please send the log file with a report.</source>
        <translation>{0}

Збережену роботу не втрачено. Програма працює далі; будь ласка, надішліть файл журналу з описом проблеми.</translation>
    </message>
    <message>
        <source>process {0} on {1}</source>
        <translation>процес {0} на {1}</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>інша програма</translation>
    </message>
    <message>
        <source>{0} is already open in another Fact-Check Annotator window ({1}).</source>
        <translation>{0} уже відкрито в іншому вікні Fact-Check Annotator ({1}).</translation>
    </message>
    <message>
        <source>Switch to that window, or open another database.</source>
        <translation>Перейдіть до того вікна або відкрийте іншу базу даних.</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>База даних зайнята</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не вдається відкрити базу даних</translation>
    </message>
    <message>
        <source>Cannot create the data folder</source>
        <translation>Не вдається створити теку даних</translation>
    </message>
</context>
<context>
    <name>ArticleController</name>
    <message>
        <source>Copy {0} into my layer</source>
        <translation>Скопіювати {0} у мій шар</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Межі</translation>
    </message>
    <message>
        <source>suggestions of several articles at once</source>
        <translation>пропозиції кількох статей одразу</translation>
    </message>
    <message>
        <source>{0}. Now showing theirs; yours: {1}</source>
        <translation>{0}. Зараз показано чужу версію; ваша: {1}</translation>
    </message>
    <message>
        <source>{0} — kept; it is saved as soon as the database answers again</source>
        <translation>{0} — збережено в пам’яті; буде записано, щойно база даних знову відповість</translation>
    </message>
    <message>
        <source>Not saved yet: waiting for the database to answer</source>
        <translation>Ще не збережено: чекаємо відповіді бази даних</translation>
    </message>
    <message>
        <source>that article is no longer there (removed?)</source>
        <translation>цієї статті вже немає (видалено?)</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Finished by</source>
        <translation>Завершили</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Тверджень</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>До роботи</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>У роботі</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>language not detected</source>
        <translation>мову не визначено</translation>
    </message>
    <message>
        <source>Demo article: File › Remove demo articles</source>
        <translation>Демонстраційна стаття: Файл › Видалити демонстраційні статті</translation>
    </message>
    <message>
        <source>finished {0}</source>
        <translation>завершено {0}</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>не завершено</translation>
    </message>
    <message>
        <source>Annotators:</source>
        <translation>Анотатори:</translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <source>Search titles and texts…</source>
        <translation>Пошук у заголовках і текстах…</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Пошук статей</translation>
    </message>
    <message>
        <source>Words of the titles and texts of all articles; Enter opens the first hit</source>
        <translation>Слова заголовків і текстів усіх статей; Enter відкриває перший збіг</translation>
    </message>
    <message>
        <source>Show articles</source>
        <translation>Показувати статті</translation>
    </message>
    <message>
        <source>Which articles the list shows: all, or those to do, in progress or done</source>
        <translation>Які статті показує список: усі або ті, що до роботи, у роботі чи готові</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Усі статті</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>До роботи</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>У роботі</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статті</translation>
    </message>
    <message>
        <source>The articles with their status and claims; the arrows choose one and open it, Ctrl+Delete moves it to the Trash</source>
        <translation>Статті з їхнім станом і твердженнями; стрілки вибирають і відкривають статтю, Ctrl+Delete переносить її до кошика</translation>
    </message>
    <message>
        <source>&amp;Remove article…</source>
        <translation>&amp;Видалити статтю…</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Choose an article from the list on the left.</source>
        <translation>Виберіть статтю зі списку ліворуч.</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Текст статті</translation>
    </message>
    <message>
        <source>The open article. Select words, then press C for a claim or 1 to 9 for an entity mention; Tab goes on to the annotations</source>
        <translation>Відкрита стаття. Виділіть слова й натисніть C для твердження або 1–9 для згадки сутності; Tab переходить до анотацій</translation>
    </message>
</context>
<context>
    <name>ArticleViewBinding</name>
    <message>
        <source> · by {0}</source>
        <translation> · автор: {0}</translation>
    </message>
    <message>
        <source>Claim · {0}</source>
        <translation>Твердження · {0}</translation>
    </message>
    <message>
        <source>{0} mention</source>
        <translation>згадка типу «{0}»</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>твердження</translation>
    </message>
    <message>
        <source>Suggested {0} ({1}) — Enter accepts, Backspace rejects</source>
        <translation>Пропонується {0} ({1}) — Enter приймає, Backspace відхиляє</translation>
    </message>
</context>
<context>
    <name>ArticleWatch</name>
    <message>
        <source>{0} changed this article; it shows their changes now.</source>
        <translation>{0} змінює цю статтю; тепер показано ці зміни.</translation>
    </message>
    <message>
        <source>This article was changed elsewhere; it shows the changes now.</source>
        <translation>Цю статтю змінено деінде; тепер показано зміни.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing yet</source>
        <translation>Поки нічого</translation>
    </message>
</context>
<context>
    <name>CandidateCard</name>
    <message>
        <source>Same claim</source>
        <translation>Те саме твердження</translation>
    </message>
    <message>
        <source>Confirm: this is the same claim as the selected one. Both join one group and are shown together with their verdicts. Edit › Undo (Ctrl+Z) takes it back.</source>
        <translation>Підтвердити: це те саме твердження, що й вибране. Обидва потрапляють до однієї групи й показуються разом зі своїми вердиктами. Редагування › Скасувати (Ctrl+Z) відкликає це.</translation>
    </message>
    <message>
        <source>Not the same</source>
        <translation>Не те саме</translation>
    </message>
    <message>
        <source>Dismiss: a different claim. It is not suggested again for this claim. Edit › Undo (Ctrl+Z) takes it back.</source>
        <translation>Відкинути: це інше твердження. Його більше не пропонуватимуть для цього твердження. Редагування › Скасувати (Ctrl+Z) відкликає це.</translation>
    </message>
    <message>
        <source>wording {0}% alike</source>
        <translation>формулювання схожі на {0}%</translation>
    </message>
    <message>
        <source>same figures: {0}</source>
        <translation>ті самі числа: {0}</translation>
    </message>
    <message>
        <source>same entities: {0}</source>
        <translation>ті самі сутності: {0}</translation>
    </message>
    <message>
        <source>Why: {0}</source>
        <translation>Чому: {0}</translation>
    </message>
</context>
<context>
    <name>CheckedBefore</name>
    <message>
        <source>The library of known fact-checks is empty. File › Import a ClaimReview feed or saved fact-check pages to see whether a claim was checked before.</source>
        <translation>Бібліотека відомих перевірок фактів порожня. Імпортуйте (Файл › Імпортувати файли) стрічку ClaimReview або збережені сторінки перевірок, щоб бачити, чи твердження вже перевіряли.</translation>
    </message>
    <message>
        <source>Looking in the library of known fact-checks…</source>
        <translation>Шукаємо в бібліотеці відомих перевірок фактів…</translation>
    </message>
    <message>
        <source>The library of known fact-checks could not be searched: {0}</source>
        <translation>Не вдалося шукати в бібліотеці відомих перевірок фактів: {0}</translation>
    </message>
    <message>
        <source>Only web addresses (http, https) are opened; this one is not: {0}</source>
        <translation>Відкриваються лише вебадреси (http, https); ця — ні: {0}</translation>
    </message>
</context>
<context>
    <name>CheckedBeforeBanner</name>
    <message>
        <source>Open fact-check</source>
        <translation>Відкрити перевірку</translation>
    </message>
    <message>
        <source>Open the published fact-check in the browser</source>
        <translation>Відкрити опубліковану перевірку в браузері</translation>
    </message>
    <message>
        <source>no rating given</source>
        <translation>без оцінки</translation>
    </message>
</context>
<context>
    <name>CheckedBeforeSection</name>
    <message>
        <source>No published fact-check of this claim in the library.</source>
        <translation>У бібліотеці немає опублікованої перевірки цього твердження.</translation>
    </message>
    <message>
        <source>Checked before</source>
        <translation>Уже перевіряли</translation>
    </message>
    <message>
        <source>Published fact-checks</source>
        <translation>Опубліковані перевірки</translation>
    </message>
</context>
<context>
    <name>CheckinReportDialog</name>
    <message>
        <source>Work Brought Back</source>
        <translation>Роботу повернено</translation>
    </message>
    <message>
        <source>Brought back to {0}: new articles: {1}; annotations: {2} added, {3} updated, {4} unchanged, {5} in conflict.</source>
        <translation>Повернено до {0}: нових статей — {1}; анотації: додано — {2}, оновлено — {3}, без змін — {4}, у конфлікті — {5}.</translation>
    </message>
    <message>
        <source>Changed on both sides since they were taken offline: both versions are kept. The server&apos;s stays as it was; yours is stored beside it as a new claim or mention (claims tagged “checkin-conflict”) for the editor to choose.</source>
        <translation>Змінено з обох боків відтоді, як їх узяли для роботи офлайн: збережено обидві версії. Версія сервера лишається як була; вашу збережено поруч як нове твердження чи згадку (твердження з позначкою «checkin-conflict»), щоб вибрав редактор.</translation>
    </message>
    <message>
        <source>No conflicts: everything came back.</source>
        <translation>Конфліктів немає: усе повернено.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Copy the whole report to the clipboard</source>
        <translation>Скопіювати весь звіт до буфера обміну</translation>
    </message>
    <message>
        <source>Double-click a line, or press Enter, to go there.</source>
        <translation>Двічі клацніть рядок або натисніть Enter, щоб перейти туди.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>додано</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>оновлено</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без змін</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>конфлікт</translation>
    </message>
    <message>
        <source>mention</source>
        <translation>згадка</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>твердження</translation>
    </message>
    <message>
        <source>in “{0}”</source>
        <translation>у «{0}»</translation>
    </message>
    <message>
        <source>(the server&apos;s version kept; yours stored beside it)</source>
        <translation>(версію сервера збережено; вашу збережено поруч)</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <source>Take Articles Offline</source>
        <translation>Узяти статті для роботи офлайн</translation>
    </message>
    <message>
        <source>The articles chosen are copied, with their annotations, into a file of their own to work on without the server. Bring the work back with File › Bring work back…</source>
        <translation>Вибрані статті разом з анотаціями копіюються в окремий файл, щоб працювати з ними без сервера. Поверніть роботу через Файл › Повернути роботу…</translation>
    </message>
    <message>
        <source>The article open now: {0}</source>
        <translation>Відкрита зараз стаття: {0}</translation>
    </message>
    <message>
        <source>The article open now</source>
        <translation>Відкрита зараз стаття</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Усі статті</translation>
    </message>
    <message>
        <source>The articles still to do</source>
        <translation>Статті, які ще треба опрацювати</translation>
    </message>
    <message>
        <source>Only the article open in the window</source>
        <translation>Лише стаття, відкрита у вікні</translation>
    </message>
    <message>
        <source>Every article of the team database</source>
        <translation>Усі статті командної бази даних</translation>
    </message>
    <message>
        <source>The articles nobody has started yet</source>
        <translation>Статті, за які ще ніхто не брався</translation>
    </message>
    <message>
        <source>A new database file for the articles taken offline</source>
        <translation>Новий файл бази даних для статей, узятих офлайн</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>Copy the articles chosen into the file</source>
        <translation>Скопіювати вибрані статті у файл</translation>
    </message>
    <message>
        <source>Into the file</source>
        <translation>У файл</translation>
    </message>
    <message>
        <source>Choose the file in a dialog</source>
        <translation>Вибрати файл у діалозі</translation>
    </message>
    <message>
        <source>Take &amp;offline</source>
        <translation>Узяти &amp;офлайн</translation>
    </message>
</context>
<context>
    <name>ClaimFields</name>
    <message>
        <source>The claim in one short, neutral sentence</source>
        <translation>Твердження одним коротким нейтральним реченням</translation>
    </message>
    <message>
        <source>Who made the claim: pick a mention or type</source>
        <translation>Хто зробив твердження: виберіть згадку або введіть ім’я</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>РРРР-ММ-ДД або ДД.ММ.РРРР</translation>
    </message>
    <message>
        <source>Why this verdict: what the evidence shows</source>
        <translation>Чому такий вердикт: що показують докази</translation>
    </message>
    <message>
        <source>https://… the published fact-check</source>
        <translation>https://… опублікована перевірка</translation>
    </message>
    <message>
        <source>Worth checking</source>
        <translation>Варто перевірити</translation>
    </message>
    <message>
        <source>casualties, Kharkiv offensive, …</source>
        <translation>втрати, Харківський наступ, …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Claim&lt;/b&gt;</source>
        <translation>&lt;b&gt;Твердження&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>C&amp;laim</source>
        <translation>&amp;Твердження</translation>
    </message>
    <message>
        <source>Claima&amp;nt</source>
        <translation>&amp;Заявник</translation>
    </message>
    <message>
        <source>Claim &amp;date</source>
        <translation>Дата тверд&amp;ження</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>&amp;Justification</source>
        <translation>&amp;Обґрунтування</translation>
    </message>
    <message>
        <source>Eviden&amp;ce</source>
        <translation>До&amp;кази</translation>
    </message>
    <message>
        <source>Review &amp;URL</source>
        <translation>&amp;URL перевірки</translation>
    </message>
    <message>
        <source>Revie&amp;w date</source>
        <translation>Дата п&amp;еревірки</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Те&amp;ги</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>The claim restated in one short, neutral sentence</source>
        <translation>Твердження одним коротким нейтральним реченням</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Заявник</translation>
    </message>
    <message>
        <source>Who made the claim: one of the article&apos;s mentions, or a name typed</source>
        <translation>Хто зробив твердження: одна зі згадок статті або введене ім’я</translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation>Дата твердження</translation>
    </message>
    <message>
        <source>When the claim was made: YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>Коли зроблено твердження: РРРР-ММ-ДД або ДД.ММ.РРРР</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>The claim&apos;s verdict; Alt+1 to Alt+9 set it from the article</source>
        <translation>Вердикт щодо твердження; Alt+1…Alt+9 задають його зі статті</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Обґрунтування</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <source>The sources for the verdict, each with its stance; Enter edits one</source>
        <translation>Джерела вердикту, кожне зі своєю позицією; Enter редагує вибране</translation>
    </message>
    <message>
        <source>Review URL</source>
        <translation>URL перевірки</translation>
    </message>
    <message>
        <source>The address of the published fact-check</source>
        <translation>Адреса опублікованої перевірки</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Дата перевірки</translation>
    </message>
    <message>
        <source>When the fact-check was published: YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>Коли опубліковано перевірку: РРРР-ММ-ДД або ДД.ММ.РРРР</translation>
    </message>
    <message>
        <source>Checked: worth checking; empty: not; half-checked: not decided yet</source>
        <translation>Позначено: варто перевірити; порожньо: ні; наполовину: ще не вирішено</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Words to group claims by, separated by commas</source>
        <translation>Слова для групування тверджень, через кому</translation>
    </message>
    <message>
        <source>Add a source: its address, title, stance and excerpt</source>
        <translation>Додати джерело: його адресу, назву, позицію й уривок</translation>
    </message>
    <message>
        <source>Edit the chosen source</source>
        <translation>Редагувати вибране джерело</translation>
    </message>
    <message>
        <source>Remove the chosen source from the evidence</source>
        <translation>Вилучити вибране джерело з доказів</translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation>Дата твердження</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Дата перевірки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Заявник</translation>
    </message>
    <message>
        <source>{0} — not saved</source>
        <translation>{0} — не збережено</translation>
    </message>
    <message>
        <source>The review URL must be a full web address (https://…) — not saved</source>
        <translation>URL перевірки має бути повною веб-адресою (https://…) — не збережено</translation>
    </message>
    <message>
        <source>Review URL</source>
        <translation>URL перевірки</translation>
    </message>
    <message>
        <source>Check-worthiness</source>
        <translation>Доцільність перевірки</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Обґрунтування</translation>
    </message>
    <message>
        <source>Pick the date on a calendar (or type YYYY-MM-DD, DD.MM.YYYY or D/M/YYYY)</source>
        <translation>Вибрати дату в календарі (або ввести РРРР-ММ-ДД, ДД.ММ.РРРР чи Д/М/РРРР)</translation>
    </message>
</context>
<context>
    <name>ClaimGroupView</name>
    <message>
        <source>{0} in “{1}”</source>
        <translation>{0} у «{1}»</translation>
    </message>
    <message>
        <source>Final verdicts disagree: {0}</source>
        <translation>Остаточні вердикти розходяться: {0}</translation>
    </message>
    <message>
        <source>  (this claim)</source>
        <translation>  (це твердження)</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open it in its article.</source>
        <translation>Двічі клацніть або натисніть Enter, щоб відкрити його в статті.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Same claim in other articles&lt;/b&gt;</source>
        <translation>&lt;b&gt;Те саме твердження в інших статтях&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not linked to a claim of another article yet.</source>
        <translation>Ще не пов’язано з твердженням іншої статті.</translation>
    </message>
    <message>
        <source>Same claim in other articles</source>
        <translation>Те саме твердження в інших статтях</translation>
    </message>
    <message>
        <source>The claims of the group with their verdicts; Enter opens one</source>
        <translation>Твердження групи з їхніми вердиктами; Enter відкриває вибране</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>В&amp;ідкрити</translation>
    </message>
    <message>
        <source>Open the chosen claim in its article (or double-click it)</source>
        <translation>Відкрити вибране твердження в його статті (або двічі клацніть його)</translation>
    </message>
    <message>
        <source>Unl&amp;ink</source>
        <translation>Відв’язат&amp;и</translation>
    </message>
    <message>
        <source>Take the chosen claim out of the group; it may be suggested again. Edit › Undo (Ctrl+Z) takes it back.</source>
        <translation>Вилучити вибране твердження з групи; його можуть запропонувати знову. Редагування › Скасувати (Ctrl+Z) відкликає це.</translation>
    </message>
    <message>
        <source>Appl&amp;y this claim&apos;s status to the group</source>
        <translation>Застос&amp;увати статус цього твердження до групи</translation>
    </message>
    <message>
        <source>Give every claim of the group this claim&apos;s verdict, in all their articles (Ctrl+Shift+G). Edit › Undo (Ctrl+Z) takes it back.</source>
        <translation>Надати кожному твердженню групи вердикт цього твердження в усіх їхніх статтях (Ctrl+Shift+G). Редагування › Скасувати (Ctrl+Z) відкликає це.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n стаття</numerusform>
            <numerusform>%n статті</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n твердження</numerusform>
            <numerusform>%n твердження</numerusform>
            <numerusform>%n тверджень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n згадка</numerusform>
            <numerusform>%n згадки</numerusform>
            <numerusform>%n згадок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n анотація</numerusform>
            <numerusform>%n анотації</numerusform>
            <numerusform>%n анотацій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n сутність</numerusform>
            <numerusform>%n сутності</numerusform>
            <numerusform>%n сутностей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotator(s)</source>
        <translation>
            <numerusform>%n анотатор</numerusform>
            <numerusform>%n анотатори</numerusform>
            <numerusform>%n анотаторів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файли</numerusform>
            <numerusform>%n файлів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n пропозиція</numerusform>
            <numerusform>%n пропозиції</numerusform>
            <numerusform>%n пропозицій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n файл доказів</numerusform>
            <numerusform>%n файли доказів</numerusform>
            <numerusform>%n файлів доказів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Не вдається відкрити базу даних</translation>
    </message>
    <message>
        <source>The file is not there any more</source>
        <translation>Файлу вже немає</translation>
    </message>
    <message>
        <source>No other databases yet</source>
        <translation>Інших баз даних поки немає</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Очистити список</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>One of the choices offered</source>
        <translation>Один із запропонованих варіантів</translation>
    </message>
    <message>
        <source>Who is annotating?</source>
        <translation>Хто анотує?</translation>
    </message>
    <message>
        <source>Your name is recorded with every annotation you make.
Name:</source>
        <translation>Ваше ім’я записується з кожною вашою анотацією.
Ім’я:</translation>
    </message>
    <message>
        <source>Import articles or datasets</source>
        <translation>Імпорт статей або наборів даних</translation>
    </message>
    <message>
        <source>Articles, datasets and material: Telegram exports, subtitles, PDF, Word and OpenDocument, e-mail, web archives ({0});;All files (*)</source>
        <translation>Статті, набори даних і матеріали: експорти Telegram, субтитри, PDF, Word і OpenDocument, електронні листи, вебархіви ({0});;Усі файли (*)</translation>
    </message>
    <message>
        <source>Import a folder of articles (or a brat or INCEpTION export)</source>
        <translation>Імпорт теки зі статтями (або експорту brat чи INCEpTION)</translation>
    </message>
    <message>
        <source>Dataset with its evidence files (*.zip)</source>
        <translation>Набір даних із файлами доказів (*.zip)</translation>
    </message>
    <message>
        <source>Export the dataset</source>
        <translation>Експорт набору даних</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Звіт</translation>
    </message>
    <message>
        <source>The whole report, to read or copy</source>
        <translation>Увесь звіт, щоб прочитати або скопіювати</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Copy the whole report to the clipboard</source>
        <translation>Скопіювати весь звіт до буфера обміну</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Колір</translation>
    </message>
    <message>
        <source>Open a local database</source>
        <translation>Відкрити локальну базу даних</translation>
    </message>
    <message>
        <source>Annotator databases (*.sqlite3 *.sqlite *.db);;</source>
        <translation>Бази даних анотатора (*.sqlite3 *.sqlite *.db);;</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>Take articles offline into</source>
        <translation>Узяти статті для роботи офлайн у файл</translation>
    </message>
</context>
<context>
    <name>EditConflicts</name>
    <message>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Автор твердження</translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation>Дата твердження</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Обґрунтування</translation>
    </message>
    <message>
        <source>Check-worthy</source>
        <translation>Варте перевірки</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Linked mentions</source>
        <translation>Пов’язані згадки</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Рецензія</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Слова</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Сутність</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>mention</source>
        <translation>згадку</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>твердження</translation>
    </message>
    <message>
        <source>Someone else saved this {0} first</source>
        <translation>Хтось інший зберіг першим: {0}</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>хтось інший</translation>
    </message>
    <message>
        <source>{0} saved the {1} “{2}” ({3}) after you began your edit. Yours is not saved yet. Choose which version to keep.</source>
        <translation>{0} зберіг(ла) {1} «{2}» ({3}) після того, як ви почали редагувати. Ваш варіант ще не збережено. Оберіть, яку версію залишити.</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>Ваша (не збережена)</translation>
    </message>
    <message>
        <source>Theirs — {0}, {1}</source>
        <translation>Їхня — {0}, {1}</translation>
    </message>
    <message>
        <source>Merged by hand</source>
        <translation>Об’єднана вручну</translation>
    </message>
    <message>
        <source>This version&apos;s value, to read or copy</source>
        <translation>Значення цієї версії, щоб прочитати або скопіювати</translation>
    </message>
    <message>
        <source>The value to save: yours, edited as you choose</source>
        <translation>Значення для збереження: ваше, відредаговане на ваш вибір</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Залишити мою</translation>
    </message>
    <message>
        <source>save yours over theirs</source>
        <translation>зберегти вашу замість їхньої</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Прийняти їхню</translation>
    </message>
    <message>
        <source>leave theirs as it is; yours is dropped</source>
        <translation>залишити їхню як є; вашу відкинуто</translation>
    </message>
    <message>
        <source>Save &amp;merged</source>
        <translation>Зберегти о&amp;б’єднану</translation>
    </message>
    <message>
        <source>save the text merged by hand</source>
        <translation>зберегти текст, об’єднаний вручну</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Вирішити пізніше</translation>
    </message>
</context>
<context>
    <name>EntitiesDock</name>
    <message>
        <source>Entities</source>
        <translation>Сутності</translation>
    </message>
    <message>
        <source>Filter by name or alias — Izyum finds Izium</source>
        <translation>Фільтр за назвою чи альтернативною назвою — «Ізюм» знаходить Izium</translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation>Фільтр сутностей</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the mention</source>
        <translation>Двічі клацніть або натисніть Enter, щоб перейти до згадки</translation>
    </message>
    <message>
        <source>Mentions of the chosen entity</source>
        <translation>Згадки вибраної сутності</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Перейменувати…</translation>
    </message>
    <message>
        <source>Give the chosen entity another name</source>
        <translation>Дати вибраній сутності іншу назву</translation>
    </message>
    <message>
        <source>Aliases…</source>
        <translation>Альтернативні назви…</translation>
    </message>
    <message>
        <source>The other names and spellings the chosen entity is found by</source>
        <translation>Інші назви й написання, за якими знаходиться вибрана сутність</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Об’єднати з…</translation>
    </message>
    <message>
        <source>The chosen entity is the same as another: its mentions go to that one</source>
        <translation>Вибрана сутність та сама, що й інша: її згадки переходять до тієї</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Delete the chosen entity; its mentions stay, linked to no entity</source>
        <translation>Видалити вибрану сутність; її згадки лишаються, не пов’язані з жодною сутністю</translation>
    </message>
    <message>
        <source>Every canonical entity with its type, aliases and mentions; choose one</source>
        <translation>Кожна канонічна сутність з її типом, альтернативними назвами й згадками; виберіть одну</translation>
    </message>
    <message>
        <source>Select an entity to see where it is mentioned.</source>
        <translation>Виберіть сутність, щоб побачити, де її згадано.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1} — double-click one or press Enter to go there</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} — двічі клацніть або натисніть Enter, щоб перейти</translation>
    </message>
</context>
<context>
    <name>EntityEdits</name>
    <message>
        <source>Rename entity</source>
        <translation>Перейменувати сутність</translation>
    </message>
    <message>
        <source>New name for “{0}”:</source>
        <translation>Нова назва для «{0}»:</translation>
    </message>
    <message>
        <source>Rename entity “{0}” to “{1}”</source>
        <translation>Перейменувати сутність «{0}» на «{1}»</translation>
    </message>
    <message>
        <source>Renamed “{0}” to “{1}” in every article.</source>
        <translation>«{0}» перейменовано на «{1}» в усіх статтях.</translation>
    </message>
    <message>
        <source>Aliases of {0}</source>
        <translation>Альтернативні назви: {0}</translation>
    </message>
    <message>
        <source>Other spellings, separated by commas
(completion and suggestions find them):</source>
        <translation>Інші написання через кому
(їх знаходять автодоповнення й пропозиції):</translation>
    </message>
    <message>
        <source>Edit the aliases of “{0}”</source>
        <translation>Змінити альтернативні назви «{0}»</translation>
    </message>
    <message>
        <source>Aliases of “{0}”: {1}.</source>
        <translation>Альтернативні назви «{0}»: {1}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Об’єднати з…</translation>
    </message>
    <message>
        <source>Keep which entity? “{0}” becomes one of its aliases:</source>
        <translation>Яку сутність залишити? «{0}» стане однією з її альтернативних назв:</translation>
    </message>
    <message>
        <source>Merge “{0}” into “{1}”?

Its mentions ({2}, in {3}) will follow and name “{1}”, and {4} will become aliases of “{1}”. “{0}” is then deleted (Edit › Undo brings it back).</source>
        <translation>Об’єднати «{0}» з «{1}»?

Її згадки ({2}, у статтях: {3}) перейдуть до «{1}», а {4} стануть альтернативними назвами «{1}». Потім «{0}» буде видалено (Редагування › Скасувати повертає її).</translation>
    </message>
    <message>
        <source>Merge entities</source>
        <translation>Об’єднати сутності</translation>
    </message>
    <message>
        <source>Merge entity “{0}” into “{1}”</source>
        <translation>Об’єднати сутність «{0}» з «{1}»</translation>
    </message>
    <message>
        <source>Merged “{0}” into “{1}”.</source>
        <translation>«{0}» об’єднано з «{1}».</translation>
    </message>
    <message>
        <source>Delete the entity “{0}”?

Its mentions ({1}) stay in their articles, no longer linked to an entity.</source>
        <translation>Видалити сутність «{0}»?

Її згадки ({1}) залишаться в статтях, але більше не будуть пов’язані із сутністю.</translation>
    </message>
    <message>
        <source>Delete entity</source>
        <translation>Видалити сутність</translation>
    </message>
    <message>
        <source>Delete entity “{0}”</source>
        <translation>Видалити сутність «{0}»</translation>
    </message>
    <message>
        <source>Deleted “{0}”; its mentions are kept, unlinked.</source>
        <translation>«{0}» видалено; її згадки збережено без зв’язку.</translation>
    </message>
    <message>
        <source>Undone: {0}.</source>
        <translation>Скасовано: {0}.</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Альтернативні назви</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Згадок</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статей</translation>
    </message>
    <message>
        <source>, claimant of {0}</source>
        <translation>, заявник у: {0}</translation>
    </message>
    <message>
        <source>No other spellings yet</source>
        <translation>Інших написань поки немає</translation>
    </message>
    <message>
        <source>Not mentioned in any article</source>
        <translation>Не згадується в жодній статті</translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <source>Drop files here to keep them as evidence</source>
        <translation>Перетягніть сюди файли, щоб зберегти їх як докази</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Змінити…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Open the selected evidence: its file in the viewer, else its web address</source>
        <translation>Відкрити вибраний доказ: його файл у переглядачі, інакше його веб-адресу</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Додати файли…</translation>
    </message>
    <message>
        <source>Keep files (screenshots, PDFs, videos, web captures) with this claim</source>
        <translation>Зберегти файли (знімки екрана, PDF, відео, вебархіви) з цим твердженням</translation>
    </message>
    <message>
        <source>Archived copy chosen</source>
        <translation>Вибрано архівну копію</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>Додано доказ</translation>
    </message>
    <message>
        <source>Evidence edited</source>
        <translation>Змінено доказ</translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation>Видалено доказ</translation>
    </message>
    <message>
        <source>Only web addresses (http, https) are opened; this evidence address is not one</source>
        <translation>Відкриваються лише веб-адреси (http, https); адреса цього доказу не така</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Supports the claim</source>
        <translation>Підтверджує твердження</translation>
    </message>
    <message>
        <source>Refutes the claim</source>
        <translation>Спростовує твердження</translation>
    </message>
    <message>
        <source>Neutral / context</source>
        <translation>Нейтральний / контекст</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Додати доказ</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>https://web.archive.org/… (optional)</source>
        <translation>https://web.archive.org/… (необов’язково)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Адреса</translation>
    </message>
    <message>
        <source>A&amp;rchived copy</source>
        <translation>А&amp;рхівна копія</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation>&amp;Позиція</translation>
    </message>
    <message>
        <source>&amp;Excerpt</source>
        <translation>&amp;Уривок</translation>
    </message>
    <message>
        <source>What the source is, in a few words</source>
        <translation>Що це за джерело, кількома словами</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Позиція</translation>
    </message>
    <message>
        <source>Whether the source supports or refutes the claim, or neither</source>
        <translation>Чи джерело підтверджує твердження, спростовує його, чи ні те, ні те</translation>
    </message>
    <message>
        <source>The words of the source that bear on the claim</source>
        <translation>Слова джерела, що стосуються твердження</translation>
    </message>
    <message>
        <source>Give the evidence an address or at least a title.</source>
        <translation>Вкажіть для доказу адресу або принаймні назву.</translation>
    </message>
    <message>
        <source>The address must be a web address (https://…) or an attached file (file:///…).</source>
        <translation>Адреса має бути веб-адресою (https://…) або вкладеним файлом (file:///…).</translation>
    </message>
    <message>
        <source>The archived copy must be a full web address (https://…).</source>
        <translation>Архівна копія має бути повною веб-адресою (https://…).</translation>
    </message>
</context>
<context>
    <name>EvidenceEdits</name>
    <message>
        <source>Not attached: {0}: {1}</source>
        <translation>Не додано: {0}: {1}</translation>
    </message>
    <message>
        <source>Attach {0}</source>
        <translation>Додати {0}</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>Evidence: {0}</source>
        <translation>Доказ: {0}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Додано</translation>
    </message>
    <message>
        <source>The SHA-256 of the file&apos;s bytes: cite it to prove the file</source>
        <translation>SHA-256 байтів файлу: посилайтеся на нього, щоб довести, що це той самий файл</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Open with the system&apos;s viewer</source>
        <translation>Відкрити в системному переглядачі</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Зберегти копію…</translation>
    </message>
    <message>
        <source>This file is not in this database: it came with a dataset exported without its files. Import the bundle exported with its evidence.</source>
        <translation>Цього файлу немає в базі даних: він прийшов із набором даних, експортованим без файлів. Імпортуйте архів, експортований разом із доказами.</translation>
    </message>
    <message>
        <source>The program does not show this kind of file; open it with the system&apos;s viewer (from a private copy) or save a copy.</source>
        <translation>Програма не показує файли цього виду; відкрийте його в системному переглядачі (з приватної копії) або збережіть копію.</translation>
    </message>
    <message>
        <source>The picture cannot be read.</source>
        <translation>Зображення не вдається прочитати.</translation>
    </message>
    <message>
        <source>Use as the archived copy</source>
        <translation>Зробити архівною копією</translation>
    </message>
    <message>
        <source>The evidence&apos;s archived copy will name this page of the capture</source>
        <translation>Архівною копією доказу стане ця сторінка вебархіву</translation>
    </message>
    <message numerus="yes">
        <source>%n captured page(s)</source>
        <translation>
            <numerusform>%n збережена сторінка</numerusform>
            <numerusform>%n збережені сторінки</numerusform>
            <numerusform>%n збережених сторінок</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Не вдається відкрити файл</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Зберегти копію</translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation>Не вдається зберегти файл</translation>
    </message>
    <message>
        <source>Attach files as evidence</source>
        <translation>Додати файли як докази</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Importing</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Імпорт не вдався</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Звіт про імпорт</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>{0} is protected ({1}).
Its password:</source>
        <translation>{0} захищено ({1}).
Його пароль:</translation>
    </message>
    <message>
        <source>Re-read with encoding</source>
        <translation>Перечитати в іншому кодуванні</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Спершу відкрийте статтю.</translation>
    </message>
    <message>
        <source>This article cannot be re-read: {0}.</source>
        <translation>Цю статтю не можна перечитати: {0}.</translation>
    </message>
    <message>
        <source>Read {0} (now read as {1}) as:</source>
        <translation>Прочитати {0} (зараз прочитано як {1}) як:</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Експорт скасовано</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Експорт не вдався</translation>
    </message>
    <message>
        <source>Who publishes these fact-checks?</source>
        <translation>Хто публікує ці перевірки фактів?</translation>
    </message>
    <message>
        <source>A ClaimReview export names your organisation as the author of every fact-check, and none is set yet. Name it in File › Preferences…, then the export goes on. Nothing was written.</source>
        <translation>Експорт ClaimReview називає вашу організацію автором кожної перевірки фактів, а її ще не вказано. Назвіть її у Файл › Налаштування…, і експорт продовжиться. Нічого не записано.</translation>
    </message>
    <message>
        <source>Open Preferences…</source>
        <translation>Відкрити налаштування…</translation>
    </message>
    <message>
        <source>{0}, {1} and {2} written to {3}</source>
        <translation>Записано {0}, {1} і {2} у {3}</translation>
    </message>
    <message>
        <source>{0} written to {1} as {2}</source>
        <translation>Записано {0} у {1} як {2}</translation>
    </message>
    <message>
        <source>{0}, {1} and {2} written to {3} as {4}</source>
        <translation>Записано {0}, {1} і {2} у {3} як {4}</translation>
    </message>
    <message>
        <source>All annotations</source>
        <translation>Усі анотації</translation>
    </message>
    <message>
        <source>The adjudicated layer</source>
        <translation>Ухвалений шар</translation>
    </message>
    <message>
        <source>{0}&apos;s own annotations</source>
        <translation>Власні анотації: {0}</translation>
    </message>
    <message>
        <source>Export the dataset</source>
        <translation>Експорт набору даних</translation>
    </message>
    <message>
        <source>Which annotations?</source>
        <translation>Які анотації?</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Експорт завершено</translation>
    </message>
    <message>
        <source>Claims left out</source>
        <translation>Пропущені твердження</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <source>Not carried</source>
        <translation>Не перенесено</translation>
    </message>
    <message>
        <source>“{0}” in “{1}”: {2}</source>
        <translation>«{0}» у «{1}»: {2}</translation>
    </message>
    <message>
        <source>you may not write into it</source>
        <translation>у неї не можна записувати</translation>
    </message>
    <message>
        <source>it is on a read-only disk</source>
        <translation>вона на диску лише для читання</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заповнено</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>її не існує</translation>
    </message>
    <message>
        <source>The previous file, if any, was left as it was.</source>
        <translation>Попередній файл, якщо він був, залишився як був.</translation>
    </message>
    <message>
        <source>Nothing could be written into the folder {0}: {1}. {2}</source>
        <translation>Нічого не вдалося записати в теку {0}: {1}. {2}</translation>
    </message>
    <message>
        <source>Choose another folder, or make this one writable.</source>
        <translation>Виберіть іншу теку або дозвольте запис у цю.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find whole words in this article</source>
        <translation>Знайти цілі слова в цій статті</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Знайти в статті</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Попередній збіг (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Наступний збіг (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрити (Esc)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Попередній збіг</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Наступний збіг</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Закрити панель пошуку</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>збігів немає</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} з {1}</translation>
    </message>
</context>
<context>
    <name>ForeignAnnotations</name>
    <message>
        <source>mention</source>
        <translation>згадка</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>твердження</translation>
    </message>
    <message>
        <source>The {0} “{1}” was made by {2}.</source>
        <translation>Автор анотації ({0} «{1}») — {2}.</translation>
    </message>
    <message>
        <source>Change theirs</source>
        <translation>Змінити їхню</translation>
    </message>
    <message>
        <source>Copy into my layer makes your own copy with your change; theirs stays as it is.</source>
        <translation>«Скопіювати в мій шар» створює вашу власну копію з вашою зміною; їхня залишається як є.</translation>
    </message>
    <message>
        <source>Copy into my layer</source>
        <translation>Скопіювати в мій шар</translation>
    </message>
    <message>
        <source>Change it in their layer?</source>
        <translation>Змінити її в їхньому шарі?</translation>
    </message>
    <message>
        <source>Someone else&apos;s annotation</source>
        <translation>Чужа анотація</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Undo the last change</source>
        <translation>Скасувати останню зміну</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Повторити скасоване</translation>
    </message>
    <message>
        <source>Undo &amp;History…</source>
        <translation>&amp;Історія змін…</translation>
    </message>
    <message>
        <source>every change, of every article, in order; click one to go back to it</source>
        <translation>усі зміни всіх статей по черзі; клацніть зміну, щоб повернутися до неї</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Скасувати: {0}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Повторити: {0}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>new: {0} from {1}</source>
        <translation>{1}, додано: {0}</translation>
    </message>
    <message>
        <source>{0} already present</source>
        <translation>уже є: {0}</translation>
    </message>
    <message>
        <source>{0} refused</source>
        <translation>відхилено: {0}</translation>
    </message>
    <message>
        <source>published fact-checks in the library: {0}</source>
        <translation>опублікованих перевірок у бібліотеці: {0}</translation>
    </message>
    <message>
        <source>{0} to check (see the warnings)</source>
        <translation>перевірити: {0} (див. попередження)</translation>
    </message>
    <message>
        <source>other files skipped: {0}</source>
        <translation>інших файлів пропущено: {0}</translation>
    </message>
    <message>
        <source>links or special files not read: {0}</source>
        <translation>не прочитано посилань чи спеціальних файлів: {0}</translation>
    </message>
    <message>
        <source>cancelled before the end</source>
        <translation>скасовано до завершення</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0}: already in the database ({1})</source>
        <translation>{0}: уже є в базі даних ({1})</translation>
    </message>
    <message>
        <source>published fact-checks: {0}</source>
        <translation>опублікованих перевірок: {0}</translation>
    </message>
    <message>
        <source>{0}: imported {1}</source>
        <translation>{0}: імпортовано — {1}</translation>
    </message>
    <message>
        <source>Skipped (not article files):</source>
        <translation>Пропущено (не файли статей):</translation>
    </message>
    <message>
        <source>Not read:</source>
        <translation>Не прочитано:</translation>
    </message>
</context>
<context>
    <name>LearnAction</name>
    <message>
        <source>Learning from your claims</source>
        <translation>Навчання на ваших твердженнях</translation>
    </message>
    <message>
        <source>checking on part {0} of {1}</source>
        <translation>перевірка на частині {0} з {1}</translation>
    </message>
    <message>
        <source>training on everything</source>
        <translation>навчання на всьому</translation>
    </message>
    <message>
        <source>reading your claims</source>
        <translation>читання ваших тверджень</translation>
    </message>
    <message>
        <source>Not enough claims yet</source>
        <translation>Поки замало тверджень</translation>
    </message>
    <message>
        <source>Learning cancelled</source>
        <translation>Навчання скасовано</translation>
    </message>
    <message>
        <source>Suggestions now use a model learned from {0} check-worthy and {1} other sentences of this database. Average precision: {2} before, {3} now.</source>
        <translation>Пропозиції тепер використовують модель, навчену на {0} вартих перевірки та {1} інших реченнях цієї бази. Середня точність: {2} було, {3} тепер.</translation>
    </message>
    <message>
        <source>{0}: {1} before → {2} now</source>
        <translation>{0}: {1} було → {2} тепер</translation>
    </message>
    <message>
        <source>Average precision</source>
        <translation>Середня точність</translation>
    </message>
    <message>
        <source>F1 (sentences scoring 0.5 or more)</source>
        <translation>F1 (речення з оцінкою 0,5 і вище)</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Точність</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Повнота</translation>
    </message>
    <message>
        <source>Before: the {0} model, scored on these sentences. Now: the new model, each sentence scored by a model trained without it ({1}-fold cross-validated).</source>
        <translation>Було: модель «{0}», оцінена на цих реченнях. Тепер: нова модель, кожне речення оцінено моделлю, навченою без нього ({1}-кратна перехресна перевірка).</translation>
    </message>
    <message>
        <source>Learned in {0} s. The model is stored in the database and travels with it; learn again as you add claims.</source>
        <translation>Навчено за {0} с. Модель зберігається в базі даних і переноситься разом із нею; навчайте знову, коли додасте твердження.</translation>
    </message>
    <message>
        <source>Learned from your claims</source>
        <translation>Навчено на ваших твердженнях</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> (read-only)</source>
        <translation> (лише читання)</translation>
    </message>
    <message>
        <source>The team database does not answer</source>
        <translation>Командна база даних не відповідає</translation>
    </message>
    <message>
        <source>About Fact-Check Annotator</source>
        <translation>Про Fact-Check Annotator</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fact-Check Annotator&lt;/b&gt; {0}&lt;br&gt;Annotate claims, entities, verdicts and evidence in news articles, offline.&lt;br&gt;Database: {1}</source>
        <translation>&lt;b&gt;Fact-Check Annotator&lt;/b&gt; {0}&lt;br&gt;Анотування тверджень, сутностей, вердиктів і доказів у новинних статтях, без мережі.&lt;br&gt;База даних: {1}</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Зміни не збережено</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not reach the database, which does not answer. Close anyway and lose them?</source>
        <translation>
            <numerusform>%n зміна не дійшла до бази даних, яка не відповідає. Однаково закрити й утратити її?</numerusform>
            <numerusform>%n зміни не дійшли до бази даних, яка не відповідає. Однаково закрити й утратити їх?</numerusform>
            <numerusform>%n змін не дійшли до бази даних, яка не відповідає. Однаково закрити й утратити їх?</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter: accept · Backspace: reject</source>
        <translation>Enter: прийняти · Backspace: відхилити</translation>
    </message>
    <message>
        <source>Enter: accept · Backspace: reject · Shift+Enter: all of the entity</source>
        <translation>Enter: прийняти · Backspace: відхилити · Shift+Enter: усі цієї сутності</translation>
    </message>
    <message>
        <source>Suggested: “{0}” — {1}.</source>
        <translation>Пропозиція: «{0}» — {1}.</translation>
    </message>
</context>
<context>
    <name>MatchCard</name>
    <message>
        <source>Unknown publisher</source>
        <translation>Невідомий видавець</translation>
    </message>
    <message>
        <source>no rating given</source>
        <translation>без оцінки</translation>
    </message>
    <message>
        <source>{0}% match</source>
        <translation>збіг {0}%</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Open the published fact-check in the browser: {0}</source>
        <translation>Відкрити опубліковану перевірку в браузері: {0}</translation>
    </message>
</context>
<context>
    <name>MentionForm</name>
    <message>
        <source>— not linked —</source>
        <translation>— не пов’язано —</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Тип сутності</translation>
    </message>
    <message>
        <source>What kind of thing the words name; its key in the article changes it too</source>
        <translation>Що саме називають слова; його клавіша в статті теж його змінює</translation>
    </message>
    <message>
        <source>The one person, place or thing the words name: type any of its names to find it; Enter on a new name creates it</source>
        <translation>Та особа, місце чи річ, яку називають слова: введіть будь-яку її назву, щоб знайти; Enter на новій назві створює її</translation>
    </message>
    <message>
        <source>Type a name and press Enter to create it</source>
        <translation>Введіть назву й натисніть Enter, щоб створити сутність</translation>
    </message>
    <message>
        <source>&lt;b&gt;Entity mention&lt;/b&gt;</source>
        <translation>&lt;b&gt;Згадка сутності&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>E&amp;ntity</source>
        <translation>&amp;Сутність</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Сутність</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>--from {name} reads a folder, not a file</source>
        <translation>--from {name} читає теку, а не файл</translation>
    </message>
    <message>
        <source>AVeriTeC claims</source>
        <translation>Твердження AVeriTeC</translation>
    </message>
    <message>
        <source>Ask the administrator for CONNECT and CREATE rights on the database.</source>
        <translation>Попросіть адміністратора надати права CONNECT і CREATE на цю базу даних.</translation>
    </message>
    <message>
        <source>Ask the administrator to create it (createdb), or check the name.</source>
        <translation>Попросіть адміністратора створити її (createdb) або перевірте назву.</translation>
    </message>
    <message>
        <source>Check in only files made by annotator checkout.</source>
        <translation>Повертайте лише файли, створені командою annotator checkout.</translation>
    </message>
    <message>
        <source>Check out into a new file; nothing was changed.</source>
        <translation>Беріть статті в новий файл; нічого не змінено.</translation>
    </message>
    <message>
        <source>Check that the server is running and the port is right.</source>
        <translation>Перевірте, чи сервер працює і чи правильний порт.</translation>
    </message>
    <message>
        <source>Check the URL and the server.</source>
        <translation>Перевірте адресу й сервер.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Перевірте права доступу до файлу.</translation>
    </message>
    <message>
        <source>Check the host name in the URL and your network.</source>
        <translation>Перевірте назву хоста в адресі та своє мережеве з’єднання.</translation>
    </message>
    <message>
        <source>CheckThat! check-worthiness TSV</source>
        <translation>CheckThat! TSV вартості перевірки</translation>
    </message>
    <message>
        <source>Choose a folder you may write with --data-dir (or --db FILE), or ask for the permission to write in {parent}.</source>
        <translation>Виберіть теку, у яку можна записувати, через --data-dir (або --db ФАЙЛ), чи попросіть дозволу записувати в {parent}.</translation>
    </message>
    <message>
        <source>Choose another folder with --data-dir (or --db FILE).</source>
        <translation>Виберіть іншу теку через --data-dir (або --db ФАЙЛ).</translation>
    </message>
    <message>
        <source>ClaimReview: {added} new, {updated} updated</source>
        <translation>ClaimReview: нових {added}, оновлених {updated}</translation>
    </message>
    <message>
        <source>Claims as CSV</source>
        <translation>Твердження у CSV</translation>
    </message>
    <message>
        <source>Close the other program and try again.</source>
        <translation>Закрийте іншу програму й спробуйте знову.</translation>
    </message>
    <message>
        <source>Copy it somewhere writable or change its permissions.</source>
        <translation>Скопіюйте її туди, де можна писати, або змініть права доступу.</translation>
    </message>
    <message>
        <source>Copy it to a writable folder, or make this one writable, and try again.</source>
        <translation>Скопіюйте її в теку, де можна писати, або дозвольте запис у цю теку, і спробуйте знову.</translation>
    </message>
    <message>
        <source>Entity type {id} needs a label.</source>
        <translation>Тип сутності {id} потребує назви.</translation>
    </message>
    <message>
        <source>FEVER claims</source>
        <translation>Твердження FEVER</translation>
    </message>
    <message>
        <source>Free some space (or move the database to another disk) and try again.</source>
        <translation>Звільніть місце (або перенесіть базу даних на інший диск) і спробуйте знову.</translation>
    </message>
    <message>
        <source>INCEpTION UIMA CAS XMI folder</source>
        <translation>Тека INCEpTION UIMA CAS XMI</translation>
    </message>
    <message>
        <source>Import articles first (annotator import …) or check --db.</source>
        <translation>Спершу імпортуйте статті (annotator import …) або перевірте --db.</translation>
    </message>
    <message>
        <source>Install the newer version to open it; the database was left untouched.</source>
        <translation>Установіть новішу версію, щоб її відкрити; базу даних не змінено.</translation>
    </message>
    <message>
        <source>Install the newer version to open it; the file was left untouched.</source>
        <translation>Установіть новішу версію, щоб його відкрити; файл не змінено.</translation>
    </message>
    <message>
        <source>It was left untouched. Point --db at an annotator database or a new file name.</source>
        <translation>Її не змінено. Вкажіть у --db базу даних анотатора або нову назву файлу.</translation>
    </message>
    <message>
        <source>It was left untouched. Point --db at an empty database or an annotator one.</source>
        <translation>Її не змінено. Вкажіть у --db порожню базу даних або базу анотатора.</translation>
    </message>
    <message>
        <source>JSON Lines dataset, one article per line</source>
        <translation>Набір даних JSON Lines, одна стаття в рядку</translation>
    </message>
    <message>
        <source>JSON dataset</source>
        <translation>Набір даних JSON</translation>
    </message>
    <message>
        <source>JSON ends too early (truncated file?)</source>
        <translation>JSON закінчується зарано (файл обрізано?)</translation>
    </message>
    <message>
        <source>JSON nested too deeply to be a Telegram export</source>
        <translation>JSON надто глибоко вкладений, щоб бути експортом Telegram</translation>
    </message>
    <message>
        <source>JSON nested too deeply to be a dataset</source>
        <translation>JSON вкладено надто глибоко для набору даних</translation>
    </message>
    <message>
        <source>JSON-LD block {number}: </source>
        <translation>Блок JSON-LD {number}: </translation>
    </message>
    <message>
        <source>Label Studio tasks</source>
        <translation>Завдання Label Studio</translation>
    </message>
    <message>
        <source>Move the database to a writable folder.</source>
        <translation>Перенесіть базу даних у теку, де можна писати.</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at {host}:{port}.</source>
        <translation>За адресою {host}:{port} не відповідає жоден сервер PostgreSQL.</translation>
    </message>
    <message>
        <source>No such article in {location}: {missing}.</source>
        <translation>У {location} немає таких статей: {missing}.</translation>
    </message>
    <message>
        <source>Please report this with the backup file.</source>
        <translation>Будь ласка, повідомте про це й додайте резервну копію.</translation>
    </message>
    <message>
        <source>Point --db at a database file, or use --data-dir for a folder.</source>
        <translation>Вкажіть у --db файл бази даних або скористайтеся --data-dir для теки.</translation>
    </message>
    <message>
        <source>Point --db at a database file.</source>
        <translation>Вкажіть у --db файл бази даних.</translation>
    </message>
    <message>
        <source>Point --db at an annotator database, or at a new file name to create one.</source>
        <translation>Вкажіть у --db базу даних анотатора або нову назву файлу, щоб її створити.</translation>
    </message>
    <message>
        <source>Put it in PGPASSWORD, ~/.pgpass or a service file, and leave it out of the URL.</source>
        <translation>Збережіть його в PGPASSWORD, ~/.pgpass або файлі служби, а з адреси приберіть.</translation>
    </message>
    <message>
        <source>Restore the latest copy from the backups folder beside it.</source>
        <translation>Відновіть останню копію з теки резервних копій поруч із нею.</translation>
    </message>
    <message>
        <source>Restore the latest copy from the backups folder beside it; the damaged file was left as it is.</source>
        <translation>Відновіть останню копію з теки резервних копій поруч із нею; пошкоджений файл залишено як є.</translation>
    </message>
    <message>
        <source>Set PGPASSWORD or add the password to ~/.pgpass.</source>
        <translation>Задайте PGPASSWORD або додайте пароль до ~/.pgpass.</translation>
    </message>
    <message>
        <source>Status {id} needs a label.</source>
        <translation>Статус {id} потребує назви.</translation>
    </message>
    <message>
        <source>The change could not be saved: {detail}</source>
        <translation>Зміну не вдалося зберегти: {detail}</translation>
    </message>
    <message>
        <source>The connection to the team database was lost; the change was not saved</source>
        <translation>З’єднання з базою даних команди втрачено; зміну не збережено</translation>
    </message>
    <message>
        <source>The database address holds a password; passwords are never taken from the command line or settings.</source>
        <translation>Адреса бази даних містить пароль; паролі ніколи не беруться з командного рядка чи налаштувань.</translation>
    </message>
    <message>
        <source>The database {database} does not exist on that server.</source>
        <translation>Бази даних {database} на цьому сервері немає.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created ({strerror}).</source>
        <translation>Не вдається створити теку {folder} ({strerror}).</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created: {existing} is a file.</source>
        <translation>Не вдається створити теку {folder}: {existing} — це файл.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only; the database needs to write its journal there.</source>
        <translation>Тека {folder} лише для читання; базі даних потрібно записувати туди свій журнал.</translation>
    </message>
    <message>
        <source>The server at {where} refused the login of user {user}: wrong or missing password.</source>
        <translation>Сервер {where} не впустив користувача {user}: пароль неправильний або відсутній.</translation>
    </message>
    <message>
        <source>The server {hostname} is unknown (no such host name).</source>
        <translation>Сервер {hostname} невідомий (такої назви хоста немає).</translation>
    </message>
    <message>
        <source>The shortcut {key} is already used by {used_by}; give {label} another key or none.</source>
        <translation>Клавіша {key} уже зайнята: {used_by}; дайте «{label}» іншу клавішу або жодної.</translation>
    </message>
    <message>
        <source>The team database cannot be reached</source>
        <translation>База даних команди недоступна</translation>
    </message>
    <message>
        <source>The team database does not answer (the server or the network is down); nothing was changed. Try again when the connection is back</source>
        <translation>База даних команди не відповідає (не працює сервер або мережа); нічого не змінено. Спробуйте знову, коли з’єднання відновиться</translation>
    </message>
    <message>
        <source>There is no annotator collection in {where}.</source>
        <translation>У {where} немає колекції анотатора.</translation>
    </message>
    <message>
        <source>There is no annotator database at {path}.</source>
        <translation>За шляхом {path} немає бази даних анотатора.</translation>
    </message>
    <message>
        <source>There is no space left on the disk that holds {path}; the database file itself is intact.</source>
        <translation>На диску, де лежить {path}, не залишилося місця; сам файл бази даних цілий.</translation>
    </message>
    <message>
        <source>Upgrading {path} would leave {problems_count} broken references (first: {first}); nothing was changed.</source>
        <translation>Оновлення {path} залишило б зламані посилання ({problems_count}; перше: {first}); нічого не змінено.</translation>
    </message>
    <message>
        <source>Use postgresql://[user@]host[:port]/database.</source>
        <translation>Використовуйте postgresql://[користувач@]хост[:порт]/база.</translation>
    </message>
    <message>
        <source>Use postgresql://host/DATABASE.</source>
        <translation>Використовуйте postgresql://хост/БАЗА.</translation>
    </message>
    <message>
        <source>User {user} may not use {where}: {detail}.</source>
        <translation>Користувач {user} не має доступу до {where}: {detail}.</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD</source>
        <translation>W3C Web Annotation JSON-LD</translation>
    </message>
    <message>
        <source>a WACZ web archive</source>
        <translation>вебархів WACZ</translation>
    </message>
    <message>
        <source>a Word document (.docx)</source>
        <translation>документ Word (.docx)</translation>
    </message>
    <message>
        <source>a cue is malformed: {reason}</source>
        <translation>репліка субтитрів пошкоджена: {reason}</translation>
    </message>
    <message>
        <source>a device file, not imported</source>
        <translation>файл пристрою, не імпортовано</translation>
    </message>
    <message>
        <source>a layer can be chosen for the json and jsonl formats only</source>
        <translation>шар можна вибрати лише для форматів json і jsonl</translation>
    </message>
    <message>
        <source>a named pipe, not imported</source>
        <translation>іменований канал, не імпортовано</translation>
    </message>
    <message>
        <source>a review is not an object</source>
        <translation>перевірка не є об’єктом</translation>
    </message>
    <message>
        <source>a socket, not imported</source>
        <translation>сокет, не імпортовано</translation>
    </message>
    <message>
        <source>adjudication compares at least two annotators&apos; layers; found annotations by {layers_count}</source>
        <translation>для узгодження потрібні шари щонайменше двох анотаторів; знайдено анотації від: {layers_count}</translation>
    </message>
    <message>
        <source>agreement compares at least two annotators; name two or more with --annotator</source>
        <translation>узгодженість порівнює щонайменше двох анотаторів; назвіть двох чи більше через --annotator</translation>
    </message>
    <message>
        <source>agreement needs annotations by at least two annotators; annotations so far by {have}. Import the other annotators&apos; exports first (annotator import).</source>
        <translation>для узгодженості потрібні анотації щонайменше двох анотаторів; поки що є анотації від: {have}. Спершу імпортуйте експорти інших анотаторів (annotator import).</translation>
    </message>
    <message>
        <source>alias of “{name}”</source>
        <translation>альтернативна назва «{name}»</translation>
    </message>
    <message>
        <source>an OpenDocument text (.odt)</source>
        <translation>текст OpenDocument (.odt)</translation>
    </message>
    <message>
        <source>an entity cannot be merged with itself</source>
        <translation>сутність не можна об’єднати із самою собою</translation>
    </message>
    <message>
        <source>an entity needs a name</source>
        <translation>сутність потребує назви</translation>
    </message>
    <message>
        <source>an {kind} id is used twice</source>
        <translation>id ({kind}) використано двічі</translation>
    </message>
    <message>
        <source>annotation {number}</source>
        <translation>анотація {number}</translation>
    </message>
    <message>
        <source>article {article}: {kind} {span} is already stored with different content ({quote!r} at {start}–{end}); refusing to mix two spans under one id</source>
        <translation>стаття {article}: {kind} {span} уже збережено з іншим вмістом ({quote!r} на {start}–{end}); два фрагменти під одним id не змішуються</translation>
    </message>
    <message>
        <source>article {id}</source>
        <translation>стаття {id}</translation>
    </message>
    <message>
        <source>article {id} already exists here with a different text; refusing to mix two texts under one id</source>
        <translation>стаття {id} уже є тут з іншим текстом; два тексти під одним id не змішуються</translation>
    </message>
    <message>
        <source>at {first}–{last}</source>
        <translation>на {first}–{last}</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>на {time}</translation>
    </message>
    <message>
        <source>attachment {name} imported</source>
        <translation>вкладення {name} імпортовано</translation>
    </message>
    <message>
        <source>attachment {name} imported ({notes})</source>
        <translation>вкладення {name} імпортовано ({notes})</translation>
    </message>
    <message>
        <source>attachment {name} not imported</source>
        <translation>вкладення {name} не імпортовано</translation>
    </message>
    <message>
        <source>attachment {name} not imported: {reason}</source>
        <translation>вкладення {name} не імпортовано: {reason}</translation>
    </message>
    <message>
        <source>brat standoff folder</source>
        <translation>Тека brat standoff</translation>
    </message>
    <message>
        <source>broken link, not followed</source>
        <translation>зламане посилання, не відкрито</translation>
    </message>
    <message>
        <source>cannot be read ({strerror})</source>
        <translation>не вдається прочитати ({strerror})</translation>
    </message>
    <message>
        <source>cannot re-read this article: {reason}</source>
        <translation>цю статтю не можна перечитати: {reason}</translation>
    </message>
    <message>
        <source>captured {time}</source>
        <translation>збережено {time}</translation>
    </message>
    <message>
        <source>claim relation {claim_id}–{other_claim_id}: claim {missing} is neither in this file nor in the database</source>
        <translation>зв’язок тверджень {claim_id}–{other_claim_id}: твердження {missing} немає ні в цьому файлі, ні в базі даних</translation>
    </message>
    <message>
        <source>claim {claim_id} in &quot;{title}&quot;: {reason}</source>
        <translation>твердження {claim_id} у «{title}»: {reason}</translation>
    </message>
    <message>
        <source>claim {id} links mention {mention_id}, which is not a mention of this article</source>
        <translation>твердження {id} посилається на згадку {mention_id}, якої немає в цій статті</translation>
    </message>
    <message>
        <source>claim {number}</source>
        <translation>твердження {number}</translation>
    </message>
    <message>
        <source>claimReviewed is longer than {limit} characters</source>
        <translation>claimReviewed довше за {limit} символів</translation>
    </message>
    <message>
        <source>claimReviewed is {length} characters (Google recommends fewer than {limit}): write a shorter restatement</source>
        <translation>claimReviewed має {length} символів (Google радить менше ніж {limit}): сформулюйте твердження коротше</translation>
    </message>
    <message>
        <source>claims[{index}]: {error}</source>
        <translation>claims[{index}]: {error}</translation>
    </message>
    <message>
        <source>dataset format version {version!r} is not supported by this version (it reads version {FORMAT_VERSION})</source>
        <translation>версія формату набору даних {version!r} не підтримується цією версією програми (вона читає версію {FORMAT_VERSION})</translation>
    </message>
    <message>
        <source>dates are the exporting computer&apos;s local time (an older export without date_unixtime): kept as the day only</source>
        <translation>дати — місцевий час комп’ютера, що експортував (старіший експорт без date_unixtime): збережено лише день</translation>
    </message>
    <message>
        <source>doccano JSONL</source>
        <translation>doccano JSONL</translation>
    </message>
    <message>
        <source>encoding uncertain: {names} (read as {encoding}, confidence {confidence:.2f}) — check the text or use --encoding</source>
        <translation>кодування непевне: {names} (прочитано як {encoding}, впевненість {confidence:.2f}) — перевірте текст або вкажіть --encoding</translation>
    </message>
    <message>
        <source>encrypted with a password: give it with --password (the window asks for it)</source>
        <translation>зашифровано паролем: укажіть його через --password (вікно запитає його)</translation>
    </message>
    <message>
        <source>encrypted, and the password given does not open it</source>
        <translation>зашифровано, і вказаний пароль його не відкриває</translation>
    </message>
    <message>
        <source>entity {name!r} has the unknown type {type!r}</source>
        <translation>сутність {name!r} має невідомий тип {type!r}</translation>
    </message>
    <message>
        <source>evidence id {evidence} already belongs to another claim</source>
        <translation>доказ з id {evidence} уже належить іншому твердженню</translation>
    </message>
    <message>
        <source>file holds no JSON lines</source>
        <translation>у файлі немає рядків JSON</translation>
    </message>
    <message>
        <source>file holds only whitespace</source>
        <translation>файл містить лише пробіли</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>файл порожній</translation>
    </message>
    <message>
        <source>file is too large (the limit is {limit:.0f} MB)</source>
        <translation>файл завеликий (обмеження — {limit:.0f} МБ)</translation>
    </message>
    <message>
        <source>file is too large ({size:.0f} MB; the limit is {limit:.0f} MB)</source>
        <translation>файл завеликий ({size:.0f} МБ; обмеження — {limit:.0f} МБ)</translation>
    </message>
    <message>
        <source>file starts with a {encoding} byte-order mark but is not valid {encoding}</source>
        <translation>файл починається з позначки порядку байтів {encoding}, але не є коректним {encoding}</translation>
    </message>
    <message>
        <source>holds no spoken text (no cue with text)</source>
        <translation>не містить мовлення (жодної репліки з текстом)</translation>
    </message>
    <message>
        <source>id {value} is used twice ({first} and {kind})</source>
        <translation>id {value} використано двічі ({first} і {kind})</translation>
    </message>
    <message>
        <source>in capitals: “{name}”</source>
        <translation>великими літерами: «{name}»</translation>
    </message>
    <message>
        <source>inflected form of “{form}”, transliteration of “{name}”</source>
        <translation>відмінкова форма «{form}», транслітерація «{name}»</translation>
    </message>
    <message>
        <source>inflected form of “{name}”</source>
        <translation>відмінкова форма «{name}»</translation>
    </message>
    <message>
        <source>it has no pages</source>
        <translation>у ньому немає сторінок</translation>
    </message>
    <message>
        <source>it has no review URL (the address of the published fact-check)</source>
        <translation>немає URL перевірки (адреси опублікованої перевірки)</translation>
    </message>
    <message>
        <source>it has no text layer (a scanned document?)</source>
        <translation>у ньому немає текстового шару (сканований документ?)</translation>
    </message>
    <message>
        <source>it must start with WEBVTT and hold cues</source>
        <translation>він має починатися з WEBVTT і містити репліки</translation>
    </message>
    <message>
        <source>its bytes do not match their SHA-256 {expected}</source>
        <translation>його байти не відповідають їхньому SHA-256 {expected}</translation>
    </message>
    <message>
        <source>its bytes no longer match its SHA-256</source>
        <translation>його байти більше не відповідають його SHA-256</translation>
    </message>
    <message>
        <source>its parts inflate to {size} MiB, more than the {limit} MiB this program reads (a ZIP bomb?)</source>
        <translation>його частини розпаковуються в {size} МіБ, більше за {limit} МіБ, які читає програма (ZIP-бомба?)</translation>
    </message>
    <message>
        <source>its records inflate to more than {size} GiB (a gzip bomb?)</source>
        <translation>його записи розпаковуються в понад {size} ГіБ (gzip-бомба?)</translation>
    </message>
    <message>
        <source>its review URL is not a web address</source>
        <translation>її адреса (URL) не є вебадресою</translation>
    </message>
    <message>
        <source>its review URL is not a web address (http or https); it is never published</source>
        <translation>його URL перевірки — не веб-адреса (http або https); таке не публікується</translation>
    </message>
    <message>
        <source>its status &quot;{status}&quot; is not a final verdict</source>
        <translation>його статус «{status}» — не остаточний вердикт</translation>
    </message>
    <message>
        <source>its status &quot;{status}&quot; is not in the scheme</source>
        <translation>його статусу «{status}» немає в схемі</translation>
    </message>
    <message>
        <source>its text is not in canonical form (CR line endings, a BOM or non-NFC characters); offsets would not survive canonicalisation</source>
        <translation>її текст не в канонічній формі (закінчення рядків CR, BOM або символи не в NFC); зміщення не пережили б канонізації</translation>
    </message>
    <message>
        <source>its {count} articles were imported before</source>
        <translation>усі його статті ({count}) імпортовано раніше</translation>
    </message>
    <message>
        <source>its {count} published fact-check(s) are in the library already</source>
        <translation>опубліковані перевірки ({count}) вже є в бібліотеці</translation>
    </message>
    <message>
        <source>its {name} holds U+{code}, which is not text</source>
        <translation>його поле {name} містить U+{code}, що не є текстом</translation>
    </message>
    <message>
        <source>line {line}, column {column}: a NUL character (U+0000), which is not text</source>
        <translation>рядок {line}, стовпець {column}: символ NUL (U+0000), що не є текстом</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>рядок {number}</translation>
    </message>
    <message>
        <source>line {number}: not valid JSON ({msg})</source>
        <translation>рядок {number}: некоректний JSON ({msg})</translation>
    </message>
    <message>
        <source>link to a folder, not followed (its files are read where they are)</source>
        <translation>посилання на теку, не відкрито (її файли прочитано там, де вони є)</translation>
    </message>
    <message>
        <source>link to outside the folder, not followed</source>
        <translation>посилання за межі теки, не відкрито</translation>
    </message>
    <message>
        <source>link to {name}, which is read under that name</source>
        <translation>посилання на {name}, який прочитано під цією назвою</translation>
    </message>
    <message>
        <source>little text extracted ({words} words): check that the page holds the article</source>
        <translation>видобуто мало тексту (слів: {words}): перевірте, чи сторінка містить статтю</translation>
    </message>
    <message>
        <source>manifest.json: bundle format version {version!r}; this version reads 1</source>
        <translation>manifest.json: версія формату архіву {version!r}; ця версія читає 1</translation>
    </message>
    <message>
        <source>manifest.json: file {number}: expected sha256 (64 hex digits), size and path evidence/&lt;sha256&gt;</source>
        <translation>manifest.json: файл {number}: очікуються sha256 (64 шістнадцяткові цифри), size і path evidence/&lt;sha256&gt;</translation>
    </message>
    <message>
        <source>manifest.json: files is not a list</source>
        <translation>manifest.json: files — не список</translation>
    </message>
    <message>
        <source>manifest.json: not JSON ({error})</source>
        <translation>manifest.json: не JSON ({error})</translation>
    </message>
    <message>
        <source>manifest.json: not a bundle of Fact-Check Annotator</source>
        <translation>manifest.json: це не архів Fact-Check Annotator</translation>
    </message>
    <message>
        <source>manifest.json: too large to be a manifest</source>
        <translation>manifest.json: завеликий для маніфесту</translation>
    </message>
    <message>
        <source>mentions[{index}]: {error}</source>
        <translation>mentions[{index}]: {error}</translation>
    </message>
    <message>
        <source>message {number} cannot be read: {reason}</source>
        <translation>лист {number} не вдається прочитати: {reason}</translation>
    </message>
    <message>
        <source>name of “{name}”</source>
        <translation>назва «{name}»</translation>
    </message>
    <message>
        <source>no WARC/1.0 or WARC/1.1 line begins it</source>
        <translation>він не починається рядком WARC/1.0 чи WARC/1.1</translation>
    </message>
    <message>
        <source>no annotator named {wanted!r}; known annotators: {names}</source>
        <translation>немає анотатора з іменем {wanted!r}; відомі анотатори: {names}</translation>
    </message>
    <message>
        <source>no claim (claimReviewed)</source>
        <translation>немає твердження (claimReviewed)</translation>
    </message>
    <message>
        <source>no claim with id {claim_id}</source>
        <translation>немає твердження з id {claim_id}</translation>
    </message>
    <message>
        <source>no review URL</source>
        <translation>немає адреси перевірки (URL)</translation>
    </message>
    <message>
        <source>no review date (datePublished): set the published review&apos;s date</source>
        <translation>немає дати перевірки (datePublished): укажіть дату опублікованої перевірки</translation>
    </message>
    <message>
        <source>no text to import ({reason})</source>
        <translation>немає тексту для імпорту ({reason})</translation>
    </message>
    <message>
        <source>not a CheckThat! TSV (tweets with a header, or debate lines)</source>
        <translation>це не TSV CheckThat! (твіти із заголовком або рядки дебатів)</translation>
    </message>
    <message>
        <source>not a Fact-Check Annotator dataset (expected &quot;format&quot;: &quot;{FORMAT}&quot;)</source>
        <translation>це не набір даних Fact-Check Annotator (очікується &quot;format&quot;: &quot;{FORMAT}&quot;)</translation>
    </message>
    <message>
        <source>not a Label Studio export (expected a JSON list of tasks)</source>
        <translation>це не експорт Label Studio (очікується JSON-список завдань)</translation>
    </message>
    <message>
        <source>not a PDF file (it does not begin with %PDF-)</source>
        <translation>це не файл PDF (він не починається з %PDF-)</translation>
    </message>
    <message>
        <source>not a SubRip file: it must begin with a cue number, then a timing line such as 00:00:01,000 --&gt; 00:00:02,000</source>
        <translation>не файл SubRip: він має починатися з номера репліки, а далі рядок часу, як-от 00:00:01,000 --&gt; 00:00:02,000</translation>
    </message>
    <message>
        <source>not a Telegram HTML export: no page_wrap in the page</source>
        <translation>не HTML-експорт Telegram: на сторінці немає page_wrap</translation>
    </message>
    <message>
        <source>not a Telegram export: it has neither messages nor chats.list (machine-readable JSON)</source>
        <translation>не експорт Telegram: у ньому немає ні messages, ні chats.list (машинозчитуваний JSON)</translation>
    </message>
    <message>
        <source>not a Telegram export: not UTF-8 JSON</source>
        <translation>не експорт Telegram: не JSON у UTF-8</translation>
    </message>
    <message>
        <source>not a Telegram export: the file is not a JSON object</source>
        <translation>не експорт Telegram: файл не є об’єктом JSON</translation>
    </message>
    <message>
        <source>CoNLL tokens</source>
        <translation>Токени CoNLL</translation>
    </message>
    <message>
        <source>A label has at most {limit} characters; “{start}…” has {length}.</source>
        <translation>Назва має щонайбільше {limit} символів; у «{start}…» їх {length}.</translation>
    </message>
    <message>
        <source>Try again when it has finished.</source>
        <translation>Спробуйте ще раз, коли вона завершиться.</translation>
    </message>
    <message>
        <source>W3C annotations without their text: nothing to annotate (the file points at its texts, {count} annotation(s), but holds none of them)</source>
        <translation>анотації W3C без свого тексту: немає що анотувати (файл посилається на свої тексти, анотацій: {count}, але не містить жодного з них)</translation>
    </message>
    <message>
        <source>an annotator&apos;s name of {count} characters</source>
        <translation>ім’я анотатора з {count} символів</translation>
    </message>
    <message>
        <source>document {number}</source>
        <translation>документ {number}</translation>
    </message>
    <message>
        <source>has a key that is not text</source>
        <translation>має ключ, що не є текстом</translation>
    </message>
    <message>
        <source>holds a NUL character, which is not text</source>
        <translation>містить символ NUL, який не є текстом</translation>
    </message>
    <message>
        <source>holds a lone surrogate (an invalid \u escape such as \ud800)</source>
        <translation>містить одиночний сурогат (некоректну послідовність \u, як-от \ud800)</translation>
    </message>
    <message>
        <source>holds no {name} record</source>
        <translation>не містить жодного запису {name}</translation>
    </message>
    <message>
        <source>is nested too deeply</source>
        <translation>має надто глибоку вкладеність</translation>
    </message>
    <message>
        <source>is not [annotation, evidence, page, sentence]</source>
        <translation>не є [annotation, evidence, page, sentence]</translation>
    </message>
    <message>
        <source>is not [start, end, LABEL]</source>
        <translation>не є [start, end, LABEL]</translation>
    </message>
    <message>
        <source>is {value}, below 0</source>
        <translation>дорівнює {value}, менше за 0</translation>
    </message>
    <message>
        <source>is {value}, not a list</source>
        <translation>дорівнює {value}, а не списку</translation>
    </message>
    <message>
        <source>is {value}, not a number JSON can hold</source>
        <translation>дорівнює {value}, а не числу, яке може містити JSON</translation>
    </message>
    <message>
        <source>is {value}, not a whole number</source>
        <translation>дорівнює {value}, а не цілому числу</translation>
    </message>
    <message>
        <source>is {value}, not an id (text or a whole number)</source>
        <translation>дорівнює {value}, а не ідентифікатору (тексту чи цілому числу)</translation>
    </message>
    <message>
        <source>is {value}, not an object</source>
        <translation>дорівнює {value}, а не об’єкту</translation>
    </message>
    <message>
        <source>is {value}, not text</source>
        <translation>дорівнює {value}, а не тексту</translation>
    </message>
    <message>
        <source>label {label!r} cannot be an entity type (1 to {limit} characters)</source>
        <translation>мітка {label!r} не може бути типом сутності (від 1 до {limit} символів)</translation>
    </message>
    <message>
        <source>line {number}: a token without its tag (one column)</source>
        <translation>рядок {number}: токен без тегу (один стовпець)</translation>
    </message>
    <message>
        <source>line {number}: the token {form!r} is not in the sentence&apos;s # text</source>
        <translation>рядок {number}: токена {form!r} немає в # text речення</translation>
    </message>
    <message>
        <source>no .xmi document in the folder</source>
        <translation>у теці немає документа .xmi</translation>
    </message>
    <message>
        <source>no brat document (a .txt with its .ann) in the folder</source>
        <translation>у теці немає документа brat (.txt разом з його .ann)</translation>
    </message>
    <message>
        <source>no token in the file: not a CoNLL file</source>
        <translation>у файлі немає жодного токена: це не файл CoNLL</translation>
    </message>
    <message>
        <source>no {file} in the folder: not an INCEpTION or WebAnno export</source>
        <translation>у теці немає {file}: це не експорт INCEpTION чи WebAnno</translation>
    </message>
    <message>
        <source>not a W3C Web Annotation file (no annotation in it)</source>
        <translation>це не файл W3C Web Annotation (у ньому немає анотацій)</translation>
    </message>
    <message>
        <source>not a WACZ web archive: it has no archive/*.warc.gz</source>
        <translation>це не вебархів WACZ: у ньому немає archive/*.warc.gz</translation>
    </message>
    <message>
        <source>not a WebVTT file: {reason}</source>
        <translation>не файл WebVTT: {reason}</translation>
    </message>
    <message>
        <source>not a Word document (.docx): it has no word/document.xml</source>
        <translation>це не документ Word (.docx): у ньому немає word/document.xml</translation>
    </message>
    <message>
        <source>not a readable PDF: {reason}</source>
        <translation>PDF не вдається прочитати: {reason}</translation>
    </message>
    <message>
        <source>not a readable zip: {error}</source>
        <translation>це не zip, який можна прочитати: {error}</translation>
    </message>
    <message>
        <source>not a regular file ({kind}); only files are read</source>
        <translation>це не звичайний файл ({kind}); читаються лише файли</translation>
    </message>
    <message>
        <source>not a regular file, not imported</source>
        <translation>не звичайний файл, не імпортовано</translation>
    </message>
    <message>
        <source>not a regular file; only files are attached</source>
        <translation>це не звичайний файл; додаються лише файли</translation>
    </message>
    <message>
        <source>not a text file (binary content or an unknown encoding)</source>
        <translation>це не текстовий файл (двійковий вміст або невідоме кодування)</translation>
    </message>
    <message>
        <source>not a text file (it holds NUL bytes: binary content)</source>
        <translation>це не текстовий файл (містить байти NUL: двійковий вміст)</translation>
    </message>
    <message>
        <source>not a text file (it holds control characters: binary content?)</source>
        <translation>це не текстовий файл (містить керівні символи: двійковий вміст?)</translation>
    </message>
    <message>
        <source>not a text file: it is {kind}</source>
        <translation>це не текстовий файл: це {kind}</translation>
    </message>
    <message>
        <source>not a text file: it reads only as a wall of unrelated CJK characters (a guess of UTF-16 without a byte-order mark); binary content?</source>
        <translation>це не текстовий файл: він читається лише як суцільні не пов’язані між собою символи CJK (здогад про UTF-16 без позначки порядку байтів); двійковий вміст?</translation>
    </message>
    <message>
        <source>not a usable dataset ({error})</source>
        <translation>набір даних непридатний ({error})</translation>
    </message>
    <message>
        <source>not a usable {name} file (nested too deeply)</source>
        <translation>файл {name} непридатний (вкладено надто глибоко)</translation>
    </message>
    <message>
        <source>not a usable {name} file ({error})</source>
        <translation>файл {name} непридатний ({error})</translation>
    </message>
    <message>
        <source>not a web archive (WARC): {reason}</source>
        <translation>це не вебархів (WARC): {reason}</translation>
    </message>
    <message>
        <source>not a web archive: it holds no WARC record</source>
        <translation>це не вебархів: у ньому немає жодного запису WARC</translation>
    </message>
    <message>
        <source>not an AVeriTeC file (expected a JSON list of claims)</source>
        <translation>це не файл AVeriTeC (очікується JSON-список тверджень)</translation>
    </message>
    <message>
        <source>not an OpenDocument text (.odt): it has no content.xml</source>
        <translation>це не текст OpenDocument (.odt): у ньому немає content.xml</translation>
    </message>
    <message>
        <source>not an OpenDocument text: it holds no text body</source>
        <translation>це не текст OpenDocument: у ньому немає тіла тексту</translation>
    </message>
    <message>
        <source>not an e-mail message: it has no From, Subject or Date header</source>
        <translation>це не електронний лист: у ньому немає заголовків From, Subject чи Date</translation>
    </message>
    <message>
        <source>not an mbox mailbox: it does not begin with a From line</source>
        <translation>це не поштова скринька mbox: вона не починається рядком From</translation>
    </message>
    <message>
        <source>not readable HTML ({reason})</source>
        <translation>HTML неможливо прочитати ({reason})</translation>
    </message>
    <message>
        <source>not valid JSON (line {line}, column {column}: {reason})</source>
        <translation>недійсний JSON (рядок {line}, стовпець {column}: {reason})</translation>
    </message>
    <message>
        <source>not valid JSON ({msg} at line {lineno})</source>
        <translation>некоректний JSON ({msg} у рядку {lineno})</translation>
    </message>
    <message>
        <source>not valid {name} (byte {start}: {byte!r})</source>
        <translation>некоректний {name} (байт {start}: {byte!r})</translation>
    </message>
    <message>
        <source>not {what}: a damaged ZIP archive ({reason})</source>
        <translation>це не {what}: пошкоджений архів ZIP ({reason})</translation>
    </message>
    <message>
        <source>not {what}: it is encrypted with a password, or an old binary Office file (.doc): open it and save it unprotected as .docx or .odt</source>
        <translation>це не {what}: файл зашифровано паролем, або це старий двійковий файл Office (.doc): відкрийте його й збережіть без захисту як .docx чи .odt</translation>
    </message>
    <message>
        <source>not {what}: it is not a ZIP archive</source>
        <translation>це не {what}: це не архів ZIP</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>нічого імпортувати</translation>
    </message>
    <message>
        <source>p. {page}</source>
        <translation>с. {page}</translation>
    </message>
    <message>
        <source>page 1 of {pages}</source>
        <translation>сторінка 1 із {pages}</translation>
    </message>
    <message>
        <source>page {page} cannot be read: {reason}</source>
        <translation>сторінку {page} не вдається прочитати: {reason}</translation>
    </message>
    <message>
        <source>passages[{index}]</source>
        <translation>passages[{index}]</translation>
    </message>
    <message>
        <source>post {post}</source>
        <translation>допис {post}</translation>
    </message>
    <message>
        <source>posts have no address: give the channel&apos;s public username (--telegram-channel NAME) to link each post</source>
        <translation>дописи без адрес: вкажіть публічне ім’я каналу (--telegram-channel NAME), щоб кожен допис мав посилання</translation>
    </message>
    <message>
        <source>pp. {first}–{last}</source>
        <translation>с. {first}–{last}</translation>
    </message>
    <message>
        <source>read that way, its text is the same as another article&apos;s (already imported)</source>
        <translation>прочитаний так, її текст збігається з текстом іншої статті (уже імпортованої)</translation>
    </message>
    <message>
        <source>record {number}</source>
        <translation>запис {number}</translation>
    </message>
    <message>
        <source>related claims belong to different articles</source>
        <translation>пов’язані твердження належать різним статтям</translation>
    </message>
    <message>
        <source>run OCR on it first (for example: ocrmypdf in.pdf out.pdf) and import the result</source>
        <translation>спершу розпізнайте його текст (OCR, наприклад: ocrmypdf in.pdf out.pdf) та імпортуйте результат</translation>
    </message>
    <message>
        <source>same text as an article imported before</source>
        <translation>той самий текст, що й у статті, імпортованій раніше</translation>
    </message>
    <message>
        <source>schema.org ClaimReview</source>
        <translation>schema.org ClaimReview</translation>
    </message>
    <message>
        <source>someone else deleted this {kind}; your edit was not saved</source>
        <translation>хтось інший видалив це ({kind}); вашу зміну не збережено</translation>
    </message>
    <message>
        <source>someone else saved this {kind} first (edit {saved}; yours was made on edit {read}), so yours was not saved</source>
        <translation>хтось інший зберіг це ({kind}) раніше (зміна {saved}; вашу зроблено на зміні {read}), тому вашу не збережено</translation>
    </message>
    <message>
        <source>someone else saved this {kind} first; yours was not saved</source>
        <translation>хтось інший зберіг це ({kind}) першим; ваше не збережено</translation>
    </message>
    <message>
        <source>spaCy DocBin</source>
        <translation>spaCy DocBin</translation>
    </message>
    <message>
        <source>span {start}–{end} lies outside the text (length {text_count}) or is empty</source>
        <translation>фрагмент {start}–{end} виходить за межі тексту (довжина {text_count}) або порожній</translation>
    </message>
    <message>
        <source>span {start}–{end} reads {found} in the text but its quote is {quote}</source>
        <translation>фрагмент {start}–{end} у тексті читається як {found}, а його цитата — {quote}</translation>
    </message>
    <message>
        <source>spelling of “{name}”</source>
        <translation>написання «{name}»</translation>
    </message>
    <message>
        <source>task {number}</source>
        <translation>завдання {number}</translation>
    </message>
    <message>
        <source>text_sha256 does not match its text</source>
        <translation>text_sha256 не відповідає тексту</translation>
    </message>
    <message>
        <source>the PDF cannot be read: {reason}</source>
        <translation>PDF не вдається прочитати: {reason}</translation>
    </message>
    <message>
        <source>the PDF is encrypted; open it with the system&apos;s viewer</source>
        <translation>PDF зашифровано; відкрийте його в системному переглядачі</translation>
    </message>
    <message>
        <source>the article {article_id} is gone</source>
        <translation>статті {article_id} більше немає</translation>
    </message>
    <message>
        <source>the bundle has no dataset.json</source>
        <translation>в архіві немає dataset.json</translation>
    </message>
    <message>
        <source>the bundle has no manifest.json</source>
        <translation>в архіві немає manifest.json</translation>
    </message>
    <message>
        <source>the capture holds no page for {url} at {when}</source>
        <translation>у вебархіві немає сторінки {url} на {when}</translation>
    </message>
    <message>
        <source>the captured page is larger than 20 MB</source>
        <translation>збережена сторінка більша за 20 МБ</translation>
    </message>
    <message>
        <source>the chat</source>
        <translation>чат</translation>
    </message>
    <message>
        <source>the claim has no evidence with id {evidence_id}</source>
        <translation>у твердження немає доказу з id {evidence_id}</translation>
    </message>
    <message>
        <source>the document cannot be read: {reason}</source>
        <translation>документ не вдається прочитати: {reason}</translation>
    </message>
    <message>
        <source>the document holds no text</source>
        <translation>у документі немає тексту</translation>
    </message>
    <message>
        <source>the document is nested too deeply to be read</source>
        <translation>документ має надто глибоку вкладеність, щоб його прочитати</translation>
    </message>
    <message>
        <source>the entity of the suggested mention {quote!r} is gone</source>
        <translation>сутності запропонованої згадки {quote!r} більше немає</translation>
    </message>
    <message>
        <source>the entity {name!r} is now of type {type}</source>
        <translation>сутність {name!r} тепер має тип {type}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл порожній</translation>
    </message>
    <message>
        <source>the file is larger than the limit for evidence files ({limit} MB; annotator config evidence.max_file_mb)</source>
        <translation>файл більший за межу для файлів доказів ({limit} МБ; annotator config evidence.max_file_mb)</translation>
    </message>
    <message>
        <source>the file {sha256} is not in this database (imported without its files: import the bundle exported with --with-evidence)</source>
        <translation>файлу {sha256} немає в цій базі даних (імпортовано без файлів: імпортуйте архів, експортований з --with-evidence)</translation>
    </message>
    <message>
        <source>the first {count} lines</source>
        <translation>перші рядки ({count})</translation>
    </message>
    <message>
        <source>the mailbox holds no message</source>
        <translation>у поштовій скриньці немає жодного листа</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>лист</translation>
    </message>
    <message>
        <source>the message cannot be read: {reason}</source>
        <translation>лист не вдається прочитати: {reason}</translation>
    </message>
    <message>
        <source>the message is nested too deeply to be read</source>
        <translation>лист має надто глибоку вкладеність, щоб його прочитати</translation>
    </message>
    <message>
        <source>the organisation has no web address (ClaimReview author.url): set it with annotator config organization.url https://… (or --org-url for one export)</source>
        <translation>організація не має веб-адреси (author.url у ClaimReview): задайте її командою annotator config organization.url https://… (чи --org-url для одного експорту)</translation>
    </message>
    <message>
        <source>the page holds no readable text</source>
        <translation>на сторінці немає тексту, який можна прочитати</translation>
    </message>
    <message>
        <source>the stored file {sha256} is damaged (its bytes no longer match its hash); run annotator check. No bundle was written</source>
        <translation>збережений файл {sha256} пошкоджено (його байти більше не відповідають хешу); запустіть annotator check. Архів не записано</translation>
    </message>
    <message>
        <source>the suggested span {start}–{end} does not match the article text</source>
        <translation>запропонований фрагмент {start}–{end} не відповідає тексту статті</translation>
    </message>
    <message>
        <source>the web capture cannot be read: {reason}</source>
        <translation>вебархів не вдається прочитати: {reason}</translation>
    </message>
    <message>
        <source>there is no article with the id {article_id!r}</source>
        <translation>немає статті з id {article_id!r}</translation>
    </message>
    <message>
        <source>there is no claim {claim_id}</source>
        <translation>немає твердження {claim_id}</translation>
    </message>
    <message>
        <source>there is no entity {entity_id}</source>
        <translation>немає сутності {entity_id}</translation>
    </message>
    <message>
        <source>there is no mention {mention_id}</source>
        <translation>немає згадки {mention_id}</translation>
    </message>
    <message>
        <source>too short to tell what it is ({data_count} bytes, not UTF-8 text); if it is text, give its encoding with --encoding</source>
        <translation>надто короткий, щоб визначити, що це ({data_count} байтів, не текст UTF-8); якщо це текст, укажіть кодування через --encoding</translation>
    </message>
    <message>
        <source>transliteration of “{name}”</source>
        <translation>транслітерація «{name}»</translation>
    </message>
    <message>
        <source>unknown encoding {encoding!r}</source>
        <translation>невідоме кодування {encoding!r}</translation>
    </message>
    <message>
        <source>unknown entity type {entity_type!r}</source>
        <translation>невідомий тип сутності {entity_type!r}</translation>
    </message>
    <message>
        <source>unknown export format {explicit!r}</source>
        <translation>невідомий формат експорту {explicit!r}</translation>
    </message>
    <message>
        <source>unknown export format {format!r} (choose from {choices})</source>
        <translation>невідомий формат експорту {format!r} (виберіть із: {choices})</translation>
    </message>
    <message>
        <source>unknown kind of suggestion {kind!r}</source>
        <translation>невідомий вид пропозиції {kind!r}</translation>
    </message>
    <message>
        <source>unknown setting {key!r}; the settings are: {known}</source>
        <translation>невідомий параметр {key!r}; параметри: {known}</translation>
    </message>
    <message>
        <source>unknown status {status!r}</source>
        <translation>невідомий статус {status!r}</translation>
    </message>
    <message>
        <source>{address} is not a PostgreSQL address.</source>
        <translation>{address} — не адреса PostgreSQL.</translation>
    </message>
    <message>
        <source>{address} names no database.</source>
        <translation>{address} не називає бази даних.</translation>
    </message>
    <message>
        <source>{count} already in the database (same text)</source>
        <translation>{count} уже в базі (той самий текст)</translation>
    </message>
    <message>
        <source>{count} comment(s) left out</source>
        <translation>пропущено коментарів: {count}</translation>
    </message>
    <message>
        <source>{count} cue(s)</source>
        <translation>реплік: {count}</translation>
    </message>
    <message>
        <source>{count} evidence file(s) restored</source>
        <translation>відновлено файлів доказів: {count}</translation>
    </message>
    <message>
        <source>{count} footnote(s) and endnote(s) after the text</source>
        <translation>виносок і кінцевих приміток після тексту: {count}</translation>
    </message>
    <message>
        <source>{count} message(s)</source>
        <translation>листів: {count}</translation>
    </message>
    <message>
        <source>{count} more attachment(s) not read</source>
        <translation>ще не прочитано вкладень: {count}</translation>
    </message>
    <message>
        <source>{count} other part(s) left out ({kinds})</source>
        <translation>пропущено інших частин: {count} ({kinds})</translation>
    </message>
    <message>
        <source>{count} other record(s) skipped (requests, metadata, images, scripts, redirects …)</source>
        <translation>пропущено інших записів: {count} (запити, метадані, зображення, скрипти, переспрямування …)</translation>
    </message>
    <message>
        <source>{count} page(s)</source>
        <translation>сторінок: {count}</translation>
    </message>
    <message>
        <source>{count} page(s) over {size} MiB left out</source>
        <translation>пропущено сторінок понад {size} МіБ: {count}</translation>
    </message>
    <message>
        <source>{count} page(s) whose body cannot be decoded (brotli?)</source>
        <translation>сторінок, вміст яких не вдається розкодувати (brotli?): {count}</translation>
    </message>
    <message>
        <source>{count} page(s) without readable text</source>
        <translation>сторінок без тексту, який можна прочитати: {count}</translation>
    </message>
    <message>
        <source>{count} page(s) without text left out ({pages}): if they are scanned, {advice}</source>
        <translation>пропущено сторінок без тексту: {count} ({pages}); якщо їх відскановано, {advice}</translation>
    </message>
    <message>
        <source>{count} post(s) with media only, not imported</source>
        <translation>дописів лише з медіа (не імпортовано): {count}</translation>
    </message>
    <message>
        <source>{count} repeated caption line(s) left out</source>
        <translation>пропущено повторених рядків субтитрів: {count}</translation>
    </message>
    <message>
        <source>{count} review(s) left out (first: {first})</source>
        <translation>пропущено перевірок: {count} (перша: {first})</translation>
    </message>
    <message>
        <source>{count} revisit record(s) of a page read already (the same page)</source>
        <translation>записів revisit уже прочитаної сторінки (та сама сторінка): {count}</translation>
    </message>
    <message>
        <source>{count} revisit record(s) whose capture is not in the archive</source>
        <translation>записів revisit, чиєї копії немає в архіві: {count}</translation>
    </message>
    <message>
        <source>{count} service message(s) skipped</source>
        <translation>пропущено службових повідомлень: {count}</translation>
    </message>
    <message>
        <source>{count} tracked deletion(s) left out</source>
        <translation>пропущено відстежених вилучень: {count}</translation>
    </message>
    <message>
        <source>{field} {value!r} has no time zone (expected e.g. …T09:30:00Z)</source>
        <translation>{field} {value!r} не має часового поясу (очікується, напр., …T09:30:00Z)</translation>
    </message>
    <message>
        <source>{field} {value!r} is not a date (YYYY-MM-DD)</source>
        <translation>{field} {value!r} — не дата (РРРР-ММ-ДД)</translation>
    </message>
    <message>
        <source>{field} {value!r} is not a date (YYYY-MM-DD, DD.MM.YYYY or D/M/YYYY)</source>
        <translation>{field} {value!r} — не дата (РРРР-ММ-ДД, ДД.ММ.РРРР або Д/М/РРРР)</translation>
    </message>
    <message>
        <source>{field} {value!r} is not a date: no such day</source>
        <translation>{field} {value!r} — не дата: такого дня немає</translation>
    </message>
    <message>
        <source>{field} {value!r} is not an ISO 8601 timestamp</source>
        <translation>{field} {value!r} — не позначка часу ISO 8601</translation>
    </message>
    <message>
        <source>{field}: {value!r} is not a web address (http or https)</source>
        <translation>{field}: {value!r} — не веб-адреса (http або https)</translation>
    </message>
    <message>
        <source>{field}: {value!r} is not a web address (http or https) nor a file (file:)</source>
        <translation>{field}: {value!r} — не веб-адреса (http або https) і не файл (file:)</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>{key}.list is not a list</source>
        <translation>{key}.list не є списком</translation>
    </message>
    <message>
        <source>{key}.list[{index}]</source>
        <translation>{key}.list[{index}]</translation>
    </message>
    <message>
        <source>{key}: the value is longer than {MAX_LENGTH} characters</source>
        <translation>{key}: значення довше за {MAX_LENGTH} символів</translation>
    </message>
    <message>
        <source>{key}: {value!r} is not accepted: {reason}</source>
        <translation>{key}: {value!r} не прийнято: {reason}</translation>
    </message>
    <message>
        <source>{kind} {label}</source>
        <translation>{kind} {label}</translation>
    </message>
    <message>
        <source>{label}: a rating value is from 1 to 5, or none.</source>
        <translation>{label}: оцінка — від 1 до 5 або жодної.</translation>
    </message>
    <message>
        <source>{label}: only a final status can carry a rating.</source>
        <translation>{label}: оцінку може мати лише остаточний статус.</translation>
    </message>
    <message>
        <source>{label}: shortcuts are the keys 1 to 9, 0, or a letter other than C, B and N.</source>
        <translation>{label}: клавіші — від 1 до 9, 0 або літера, крім C, B і N.</translation>
    </message>
    <message>
        <source>{label}: the colour must look like #a1b2c3.</source>
        <translation>{label}: колір має виглядати як #a1b2c3.</translation>
    </message>
    <message>
        <source>{local_file} was not checked out from a team database.</source>
        <translation>{local_file} не було взято з бази даних команди.</translation>
    </message>
    <message>
        <source>{member}, record {number}</source>
        <translation>{member}, запис {number}</translation>
    </message>
    <message>
        <source>{member}: its bytes do not match their SHA-256; the bundle was refused, nothing stored</source>
        <translation>{member}: його байти не відповідають їхньому SHA-256; архів відхилено, нічого не збережено</translation>
    </message>
    <message>
        <source>{member}: listed in the manifest but missing</source>
        <translation>{member}: є в маніфесті, але відсутній</translation>
    </message>
    <message>
        <source>{member}: {found} bytes, the manifest says {size}</source>
        <translation>{member}: байтів {found}, а маніфест каже {size}</translation>
    </message>
    <message>
        <source>{message} {advice}</source>
        <translation>{message} {advice}</translation>
    </message>
    <message>
        <source>{message}: no text</source>
        <translation>{message}: немає тексту</translation>
    </message>
    <message>
        <source>{names} cannot be removed: annotations may use it.</source>
        <translation>{names} не можна видалити: анотації можуть це використовувати.</translation>
    </message>
    <message>
        <source>{name} cannot be inflated: {reason}</source>
        <translation>{name} не вдається розпакувати: {reason}</translation>
    </message>
    <message>
        <source>{name} ends in {suffix}{found}, but --format {explicit} writes {expected}; rename the file or change --format</source>
        <translation>{name} закінчується на {suffix}{found}, але --format {explicit} записує {expected}; перейменуйте файл або змініть --format</translation>
    </message>
    <message>
        <source>{name} inflates to {size} MiB, more than the {limit} MiB this program reads (a ZIP bomb?)</source>
        <translation>{name} розпаковується в {size} МіБ, більше за {limit} МіБ, які читає програма (ZIP-бомба?)</translation>
    </message>
    <message>
        <source>{name} is not well-formed XML (line {line}): {reason}</source>
        <translation>{name} — не правильно побудований XML (рядок {line}): {reason}</translation>
    </message>
    <message>
        <source>{name} line {number}</source>
        <translation>{name}, рядок {number}</translation>
    </message>
    <message>
        <source>{name} must be a whole number, not {value!r}</source>
        <translation>{name} має бути цілим числом, а не {value!r}</translation>
    </message>
    <message>
        <source>{name}: an XMI of {count} million characters; the limit is {limit} million (split the document in INCEpTION)</source>
        <translation>{name}: XMI з {count} млн символів; межа — {limit} млн (розділіть документ в INCEpTION)</translation>
    </message>
    <message>
        <source>{name}: an element with {count} attributes (the limit is {limit})</source>
        <translation>{name}: елемент з {count} атрибутами (межа — {limit})</translation>
    </message>
    <message>
        <source>{name}: its elements carry too many attributes for cassis to read in time (a sum of squares over {limit})</source>
        <translation>{name}: його елементи мають забагато атрибутів, щоб cassis прочитав їх вчасно (сума квадратів понад {limit})</translation>
    </message>
    <message>
        <source>{name}: not a readable CAS XMI ({error})</source>
        <translation>{name}: це не CAS XMI, який можна прочитати ({error})</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <source>{name}: {kind} {id}</source>
        <translation>{name}: {kind} {id}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>{note}: no text on it (a scan?)</source>
        <translation>{note}: на ній немає тексту (скан?)</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {error}.</source>
        <translation>{path} не вдається відкрити: {error}.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {strerror}.</source>
        <translation>{path} не вдається прочитати: {strerror}.</translation>
    </message>
    <message>
        <source>{path} could not be upgraded to this version. {problem}</source>
        <translation>{path} не вдалося оновити до цієї версії. {problem}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} — тека, а не файл бази даних.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database of another application (tables: {shown}), not a Fact-Check Annotator database.</source>
        <translation>{path} — база даних SQLite іншої програми (таблиці: {shown}), а не база Fact-Check Annotator.</translation>
    </message>
    <message>
        <source>{path} is being filled by another program (an import into a new database).</source>
        <translation>{path} зараз заповнює інша програма (імпорт у нову базу даних).</translation>
    </message>
    <message>
        <source>{path} is damaged ({problems}).</source>
        <translation>{path} пошкоджено ({problems}).</translation>
    </message>
    <message>
        <source>{path} is damaged or not a database ({error}).</source>
        <translation>{path} пошкоджено, або це не база даних ({error}).</translation>
    </message>
    <message>
        <source>{path} is locked by another program.</source>
        <translation>{path} заблоковано іншою програмою.</translation>
    </message>
    <message>
        <source>{path} is not a Fact-Check Annotator database (it is not an SQLite file at all).</source>
        <translation>{path} — не база даних Fact-Check Annotator (це взагалі не файл SQLite).</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a named pipe, device or socket).</source>
        <translation>{path} — не звичайний файл (іменований канал, пристрій або сокет).</translation>
    </message>
    <message>
        <source>{path} is on a read-only folder or medium; the database file itself is intact.</source>
        <translation>{path} лежить у теці чи на носії лише для читання; сам файл бази даних цілий.</translation>
    </message>
    <message>
        <source>{path} is read-only.</source>
        <translation>{path} лише для читання.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Fact-Check Annotator (schema revision {revision}); this version knows revisions up to {head}.</source>
        <translation>{path} записано новішою версією Fact-Check Annotator (ревізія схеми {revision}); ця версія знає ревізії до {head}.</translation>
    </message>
    <message>
        <source>{place} (id {id})</source>
        <translation>{place} (id {id})</translation>
    </message>
    <message>
        <source>{place}: a part of its text is not text</source>
        <translation>{place}: частина його тексту не є текстом</translation>
    </message>
    <message>
        <source>{place}: date {value!r} is not a date</source>
        <translation>{place}: дата {value!r} не є датою</translation>
    </message>
    <message>
        <source>{place}: date_unixtime is not a number of seconds</source>
        <translation>{place}: date_unixtime не є кількістю секунд</translation>
    </message>
    <message>
        <source>{place}: its id is not a whole number</source>
        <translation>{place}: його id не є цілим числом</translation>
    </message>
    <message>
        <source>{place}: nested more than {depth} levels deep</source>
        <translation>{place}: вкладено глибше ніж на {depth} рівнів</translation>
    </message>
    <message>
        <source>{place}: nested too deeply</source>
        <translation>{place}: вкладено надто глибоко</translation>
    </message>
    <message>
        <source>{place}: not an object</source>
        <translation>{place}: не об’єкт</translation>
    </message>
    <message>
        <source>{place}: text is neither a string nor a list</source>
        <translation>{place}: text не є ні рядком, ні списком</translation>
    </message>
    <message>
        <source>{place}: {reason}</source>
        <translation>{place}: {reason}</translation>
    </message>
    <message>
        <source>{quote!r} is already annotated as a {kind}</source>
        <translation>{quote!r} уже анотовано ({kind})</translation>
    </message>
    <message>
        <source>{reason}: {advice}</source>
        <translation>{reason}: {advice}</translation>
    </message>
    <message>
        <source>{size} bytes stored of {expected}</source>
        <translation>збережено байтів {size} із {expected}</translation>
    </message>
    <message>
        <source>{target} already exists.</source>
        <translation>{target} уже існує.</translation>
    </message>
    <message>
        <source>{target} cannot be checked: {strerror}</source>
        <translation>{target} не вдається перевірити: {strerror}</translation>
    </message>
    <message>
        <source>{target} is a folder; give a file name to export to</source>
        <translation>{target} — тека; вкажіть назву файлу для експорту</translation>
    </message>
    <message>
        <source>{target} is not a regular file (a device, pipe or socket); nothing was written</source>
        <translation>{target} — не звичайний файл (пристрій, канал або сокет); нічого не записано</translation>
    </message>
    <message>
        <source>{target} is read-only; it was left as it is. Export to another name, or make it writable first</source>
        <translation>{target} лише для читання; його залишено як є. Експортуйте під іншою назвою або спершу дозвольте запис</translation>
    </message>
    <message>
        <source>{typesystem_name}: not a UIMA type system ({error})</source>
        <translation>{typesystem_name}: це не система типів UIMA ({error})</translation>
    </message>
    <message>
        <source>{value!r} is not a Telegram username (5 to 32 letters, digits or _, as in t.me/NAME)</source>
        <translation>{value!r} не є іменем користувача Telegram (від 5 до 32 літер, цифр або _, як у t.me/NAME)</translation>
    </message>
    <message>
        <source>{what} holding {count} files is more than this program reads</source>
        <translation>{what} із {count} файлів — більше, ніж читає програма</translation>
    </message>
    <message>
        <source>{what} holds a NUL character</source>
        <translation>{what} містить символ NUL</translation>
    </message>
    <message>
        <source>{what} holds a lone surrogate (not text)</source>
        <translation>{what} містить одинокий сурогат (це не текст)</translation>
    </message>
    <message>
        <source>{what} is longer than {limit} characters</source>
        <translation>{what} довше за {limit} символів</translation>
    </message>
    <message>
        <source>{what} is not text</source>
        <translation>{what} не є текстом</translation>
    </message>
    <message>
        <source>{where} cannot be read: {reason}</source>
        <translation>{where} не вдається прочитати: {reason}</translation>
    </message>
    <message>
        <source>{where} cannot be used: {detail}.</source>
        <translation>{where} не можна використати: {detail}.</translation>
    </message>
    <message>
        <source>{where} holds the tables of another application ({shown}), not a Fact-Check Annotator collection.</source>
        <translation>{where} містить таблиці іншої програми ({shown}), а не колекцію Fact-Check Annotator.</translation>
    </message>
    <message>
        <source>{where} was written by a newer version of Fact-Check Annotator (schema revision {revision}); this version knows revisions up to {head}.</source>
        <translation>{where} записано новішою версією Fact-Check Annotator (ревізія схеми {revision}); ця версія знає ревізії до {head}.</translation>
    </message>
    <message>
        <source>{where}, message {index}</source>
        <translation>{where}, повідомлення {index}</translation>
    </message>
    <message>
        <source>{where}: a Label Studio task without a text (data holds {keys}): an image, audio or other task; nothing to annotate</source>
        <translation>{where}: завдання Label Studio без тексту (data містить {keys}): завдання для зображення, аудіо чи іншого; немає що анотувати</translation>
    </message>
    <message>
        <source>{where}: a T line needs a type, offsets and its text</source>
        <translation>{where}: рядок T потребує типу, зміщень і свого тексту</translation>
    </message>
    <message>
        <source>{where}: a doccano record of a file ({filename}), not of a text: an image or audio project; nothing to annotate</source>
        <translation>{where}: запис doccano про файл ({filename}), а не про текст: проєкт зображень чи аудіо; немає що анотувати</translation>
    </message>
    <message>
        <source>{where}: not a brat annotation (ID&lt;TAB&gt;annotation)</source>
        <translation>{where}: це не анотація brat (ID&lt;TAB&gt;анотація)</translation>
    </message>
    <message>
        <source>{where}: offsets {field!r} are not &apos;start end&apos; (&apos;;&apos; between fragments)</source>
        <translation>{where}: зміщення {field!r} не мають вигляду «start end» («;» між фрагментами)</translation>
    </message>
    <message>
        <source>{where}: claim {id} has the unknown status {status!r} (not in the dataset&apos;s schemes)</source>
        <translation>{where}: твердження {id} має невідомий статус {status!r} (його немає в схемах набору даних)</translation>
    </message>
    <message>
        <source>{where}: claim {id} names the unknown entity {entity_id} as claimant</source>
        <translation>{where}: твердження {id} називає автором невідому сутність {entity_id}</translation>
    </message>
    <message>
        <source>{where}: claim_date {value!r} is not D-M-YYYY</source>
        <translation>{where}: claim_date {value!r} не має вигляду Д-М-РРРР</translation>
    </message>
    <message>
        <source>{where}: expected 6 columns, found {row_count}</source>
        <translation>{where}: очікувалося 6 стовпців, знайдено {row_count}</translation>
    </message>
    <message>
        <source>{where}: id {id} is used twice (first on {first})</source>
        <translation>{where}: ідентифікатор {id} ужито двічі (уперше: {first})</translation>
    </message>
    <message>
        <source>{where}: its quote is not in the text</source>
        <translation>{where}: його цитати немає в тексті</translation>
    </message>
    <message>
        <source>{where}: mention {id} has the unknown entity type {type!r} (not in the dataset&apos;s schemes)</source>
        <translation>{where}: згадка {id} має невідомий тип сутності {type!r} (його немає в схемах набору даних)</translation>
    </message>
    <message>
        <source>{where}: mention {id} links the unknown entity {entity_id}</source>
        <translation>{where}: згадка {id} посилається на невідому сутність {entity_id}</translation>
    </message>
    <message>
        <source>{where}: no claim text</source>
        <translation>{where}: немає тексту твердження</translation>
    </message>
    <message>
        <source>{where}: no text</source>
        <translation>{where}: немає тексту</translation>
    </message>
    <message>
        <source>{where}: not a chat with a list of messages</source>
        <translation>{where}: не чат зі списком повідомлень</translation>
    </message>
    <message>
        <source>{where}: not valid JSON ({msg})</source>
        <translation>{where}: некоректний JSON ({msg})</translation>
    </message>
    <message>
        <source>{where}: position {start}–{end} does not hold its exact quote</source>
        <translation>{where}: у позиції {start}–{end} немає точної цитати</translation>
    </message>
    <message>
        <source>{where}: result {result} says {quote!r} but {start}–{end} holds {held!r}; nothing was shifted</source>
        <translation>{where}: результат {result} каже {quote!r}, але {start}–{end} містить {held!r}; нічого не зсунуто</translation>
    </message>
    <message>
        <source>{where}: says {quote!r} but the text holds {joined!r}; not shifted</source>
        <translation>{where}: каже {quote!r}, але текст містить {joined!r}; не зсунуто</translation>
    </message>
    <message>
        <source>{where}: span {start}–{end} ({label}) has no exact place in the text made canonical (it splits a CRLF line end or a character); not shifted</source>
        <translation>{where}: фрагмент {start}–{end} ({label}) не має точного місця в канонізованому тексті (він розриває кінець рядка CRLF чи символ); не зсунуто</translation>
    </message>
    <message>
        <source>{where}: span {start}–{end} ({label}) lies outside its text of {text_count} characters</source>
        <translation>{where}: фрагмент {start}–{end} ({label}) виходить за межі тексту з {text_count} символів</translation>
    </message>
    <message>
        <source>{where}: start {start!r} lies outside the text (length {text_count})</source>
        <translation>{where}: початок {start!r} поза текстом (довжина {text_count})</translation>
    </message>
    <message>
        <source>{where}: start {start} comes before the previous passage&apos;s {previous}</source>
        <translation>{where}: початок {start} стоїть перед початком попереднього фрагмента ({previous})</translation>
    </message>
    <message>
        <source>{where}: the pair {claim_id}–{other_claim_id} is judged twice, differently</source>
        <translation>{where}: пару {claim_id}–{other_claim_id} оцінено двічі, по-різному</translation>
    </message>
    <message>
        <source>{where}: {error}</source>
        <translation>{where}: {error}</translation>
    </message>
    <message>
        <source>{where}: {name} must be one line of 1 to {limit} characters</source>
        <translation>{where}: {name} має бути одним рядком від 1 до {limit} символів</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>{where}: {start}–{end} lies outside the text</source>
        <translation>{where}: {start}–{end} виходить за межі тексту</translation>
    </message>
    <message>
        <source>{where}: {tag!r} is not an IOB tag</source>
        <translation>{where}: {tag!r} не є тегом IOB</translation>
    </message>
    <message>
        <source>{where}JSON ends too early (truncated file?)</source>
        <translation>{where}JSON закінчується зарано (файл обрізано?)</translation>
    </message>
    <message>
        <source>{where}JSON nested too deeply</source>
        <translation>{where}JSON вкладено надто глибоко</translation>
    </message>
    <message>
        <source>{where}JSON nested too deeply to be a dataset</source>
        <translation>{where}JSON вкладено надто глибоко для набору даних</translation>
    </message>
    <message>
        <source>{where}line {line}: not valid JSON ({msg} at column {column})</source>
        <translation>{where}рядок {line}: недійсний JSON ({msg}, стовпець {column})</translation>
    </message>
    <message>
        <source>{where}not a usable dataset ({error})</source>
        <translation>{where}набір даних непридатний ({error})</translation>
    </message>
    <message>
        <source>{where}not valid JSON ({msg} at line {line}, column {column})</source>
        <translation>{where}недійсний JSON ({msg}, рядок {line}, стовпець {column})</translation>
    </message>
    <message>
        <source>{where}not valid JSON ({msg} at line {line}, column {col})</source>
        <translation>{where}некоректний JSON ({msg} у рядку {line}, стовпці {col})</translation>
    </message>
    <message>
        <source>{where}{key} holds a NUL character (\u0000), which is not text</source>
        <translation>{where}{key} містить символ NUL (\u0000), що не є текстом</translation>
    </message>
    <message>
        <source>{where}{key} holds a lone surrogate (an invalid \u escape such as \ud800), which is not a character</source>
        <translation>{where}{key} містить одинокий сурогат (некоректну послідовність \u, як-от \ud800), а це не символ</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>This is the last article of the list.</source>
        <translation>Це остання стаття списку.</translation>
    </message>
    <message>
        <source>This is the first article of the list.</source>
        <translation>Це перша стаття списку.</translation>
    </message>
</context>
<context>
    <name>OfflineActions</name>
    <message>
        <source>Taking articles offline</source>
        <translation>Статті беруться для роботи офлайн</translation>
    </message>
    <message>
        <source>Cannot take the articles offline</source>
        <translation>Не вдалося взяти статті для роботи офлайн</translation>
    </message>
    <message>
        <source>Copied into {0}: {1} with {2} and {3}.

Open that file in this window to work on them offline?</source>
        <translation>Скопійовано в {0}: {1}, {2} і {3}.

Відкрити цей файл у цьому вікні, щоб працювати з ними офлайн?</translation>
    </message>
    <message>
        <source>Articles Taken Offline</source>
        <translation>Статті взято для роботи офлайн</translation>
    </message>
    <message>
        <source>Cannot bring the work back</source>
        <translation>Не вдалося повернути роботу</translation>
    </message>
    <message>
        <source>{0} was not taken offline from a team database: only files made by File › Take articles offline… can be brought back.</source>
        <translation>{0} не було взято офлайн з командної бази даних: повернути можна лише файли, створені через Файл › Узяти статті офлайн…</translation>
    </message>
    <message>
        <source>Bringing the work back</source>
        <translation>Робота повертається</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>The server at {0} asks for the password of {1}.</source>
        <translation>Сервер {0} просить пароль користувача {1}.</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>вашого облікового запису</translation>
    </message>
    <message>
        <source>The password was refused. </source>
        <translation>Пароль не прийнято. </translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Запам’ятати в системному сховищі паролів</translation>
    </message>
    <message>
        <source>The system keyring keeps it for the next time; it is never written in a file</source>
        <translation>Системне сховище паролів збереже його до наступного разу; у файл він ніколи не записується</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>e.g. Kharkiv Fact-Check Desk</source>
        <translation>напр., Харківська редакція фактчекінгу</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Named as the author of every fact-check in ClaimReview exports.</source>
        <translation>Зазначається як автор кожної перевірки в експорті ClaimReview.</translation>
    </message>
    <message>
        <source>Organisation &amp;name</source>
        <translation>&amp;Назва організації</translation>
    </message>
    <message>
        <source>&amp;Web address</source>
        <translation>&amp;Веб-адреса</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>The window&apos;s language, from the next start</source>
        <translation>Мова вікна, з наступного запуску</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Мова системи</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>A new language applies when the program starts again.</source>
        <translation>Нова мова застосовується після перезапуску програми.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Тека</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Тека</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перегляд в:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлів:</translation>
    </message>
</context>
<context>
    <name>RelatedClaimsEdits</name>
    <message>
        <source>linked as the same claim</source>
        <translation>пов’язано як те саме твердження</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>відкинуто</translation>
    </message>
    <message>
        <source>unlinked “{0}”</source>
        <translation>відв’язано «{0}»</translation>
    </message>
    <message>
        <source>{0} for the group: {1}</source>
        <translation>{0} для групи: {1}</translation>
    </message>
</context>
<context>
    <name>RelatedClaimsPanel</name>
    <message>
        <source>Looking for related claims…</source>
        <translation>Пошук пов’язаних тверджень…</translation>
    </message>
    <message>
        <source>No similar claims in other articles.</source>
        <translation>В інших статтях схожих тверджень немає.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possibly the same claim&lt;/b&gt;</source>
        <translation>&lt;b&gt;Можливо, те саме твердження&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Related claims: {0}</source>
        <translation>Пов’язані твердження: {0}</translation>
    </message>
    <message>
        <source>Unlink “{0}” from its claim group</source>
        <translation>Відв’язати «{0}» від групи тверджень</translation>
    </message>
    <message>
        <source>Select a claim linked to claims of other articles first.</source>
        <translation>Спершу виберіть твердження, пов’язане з твердженнями інших статей.</translation>
    </message>
    <message numerus="yes">
        <source>Give “{0}” to the group of %n claim(s)</source>
        <translation>
            <numerusform>Надати «{0}» групі з %n твердження</numerusform>
            <numerusform>Надати «{0}» групі з %n тверджень</numerusform>
            <numerusform>Надати «{0}» групі з %n тверджень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} given to all %n claim(s).</source>
        <translation>
            <numerusform>«{0}» надано %n твердженню групи.</numerusform>
            <numerusform>«{0}» надано всім %n твердженням групи.</numerusform>
            <numerusform>«{0}» надано всім %n твердженням групи.</numerusform>
        </translation>
    </message>
    <message>
        <source>Related claims could not be found: {0}</source>
        <translation>Не вдалося знайти пов’язані твердження: {0}</translation>
    </message>
    <message>
        <source>Link “{0}” as the same claim</source>
        <translation>Пов’язати «{0}» як те саме твердження</translation>
    </message>
    <message>
        <source>Dismiss “{0}” as not the same claim</source>
        <translation>Відкинути «{0}» як інше твердження</translation>
    </message>
    <message>
        <source>Select a claim to find related claims.</source>
        <translation>Виберіть твердження, щоб знайти пов’язані.</translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation>Скасовано: {0}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Звіт</translation>
    </message>
    <message>
        <source>Double-click a line or press Enter to go to it</source>
        <translation>Двічі клацніть рядок або натисніть Enter, щоб перейти до нього</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go there</source>
        <translation>Двічі клацніть або натисніть Enter, щоб перейти туди</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Copy the whole report to the clipboard</source>
        <translation>Скопіювати весь звіт до буфера обміну</translation>
    </message>
    <message>
        <source>Double-click a claim, or press Enter, to go there.</source>
        <translation>Двічі клацніть твердження або натисніть Enter, щоб перейти до нього.</translation>
    </message>
</context>
<context>
    <name>SaveRetry</name>
    <message numerus="yes">
        <source>The database does not answer; %n change(s) kept, trying again in {0} s</source>
        <translation>
            <numerusform>База даних не відповідає; %n зміну збережено в пам’яті, нова спроба через {0} с</numerusform>
            <numerusform>База даних не відповідає; %n зміни збережено в пам’яті, нова спроба через {0} с</numerusform>
            <numerusform>База даних не відповідає; %n змін збережено в пам’яті, нова спроба через {0} с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected again: %n kept change(s) saved</source>
        <translation>
            <numerusform>З’єднання відновлено: збережено %n зміну</numerusform>
            <numerusform>З’єднання відновлено: збережено %n зміни</numerusform>
            <numerusform>З’єднання відновлено: збережено %n змін</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Schemes</name>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Military unit</source>
        <translation>Військовий підрозділ</translation>
    </message>
    <message>
        <source>Nationality / group</source>
        <translation>Національність / група</translation>
    </message>
    <message>
        <source>Country / city / region</source>
        <translation>Країна / місто / регіон</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місцевість</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Об’єкт</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Зброя</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Не перевірено</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Перевіряється</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Правда</translation>
    </message>
    <message>
        <source>Mostly true</source>
        <translation>Переважно правда</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Напівправда</translation>
    </message>
    <message>
        <source>Mostly false</source>
        <translation>Переважно неправда</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Неправда</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>Маніпуляція</translation>
    </message>
    <message>
        <source>Unproven</source>
        <translation>Недоведено</translation>
    </message>
</context>
<context>
    <name>SchemesDialog</name>
    <message>
        <source>Schemes: entity types and statuses</source>
        <translation>Схеми: типи сутностей і статуси</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Ідентифікатор</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Колір</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Клавіша</translation>
    </message>
    <message>
        <source>Final verdict</source>
        <translation>Остаточний вердикт</translation>
    </message>
    <message>
        <source>Rating 1–5</source>
        <translation>Оцінка 1–5</translation>
    </message>
    <message>
        <source>Each type&apos;s id, label, colour and key; double-click a cell to change it</source>
        <translation>Ідентифікатор, назва, колір і клавіша кожного типу; двічі клацніть клітинку, щоб змінити</translation>
    </message>
    <message>
        <source>Each verdict&apos;s id, label, whether it is final and its rating</source>
        <translation>Ідентифікатор, назва кожного вердикту, чи він остаточний, і його оцінка</translation>
    </message>
    <message>
        <source>Add entity type…</source>
        <translation>Додати тип сутності…</translation>
    </message>
    <message>
        <source>Entity types</source>
        <translation>Типи сутностей</translation>
    </message>
    <message>
        <source>Add status…</source>
        <translation>Додати статус…</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Статуси</translation>
    </message>
    <message>
        <source>A new row at the end of the list, to fill in</source>
        <translation>Новий рядок у кінці списку, щоб заповнити</translation>
    </message>
    <message>
        <source>New entity type</source>
        <translation>Новий тип сутності</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Новий статус</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source> or </source>
        <translation> або </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>Every key of the window, menu by menu, with what it does</source>
        <translation>Кожна клавіша вікна, меню за меню, з тим, що вона робить</translation>
    </message>
</context>
<context>
    <name>SourceHeader</name>
    <message>
        <source>Selection: {0}</source>
        <translation>Виділене: {0}</translation>
    </message>
    <message>
        <source>Here: {0}</source>
        <translation>Тут: {0}</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Claims per status</source>
        <translation>Твердження за статусом</translation>
    </message>
    <message>
        <source>Mentions per entity type</source>
        <translation>Згадки за типом сутності</translation>
    </message>
    <message>
        <source>Articles per status</source>
        <translation>Статті за станом</translation>
    </message>
    <message>
        <source>Most mentioned entities</source>
        <translation>Найчастіше згадувані сутності</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
</context>
<context>
    <name>SuggestionController</name>
    <message>
        <source>Suggestions: {0}</source>
        <translation>Пропозиції: {0}</translation>
    </message>
    <message>
        <source>“{0}” is another form of {1}: press A to add it as an alias.</source>
        <translation>«{0}» — інша форма назви {1}: натисніть A, щоб додати її як альтернативну назву.</translation>
    </message>
    <message>
        <source>No new name form to add: accept a suggestion found by another spelling.</source>
        <translation>Немає нової форми назви для додавання: прийміть пропозицію, знайдену за іншим написанням.</translation>
    </message>
    <message>
        <source>That entity no longer exists.</source>
        <translation>Цієї сутності вже немає.</translation>
    </message>
    <message>
        <source>Add the alias “{0}” to “{1}”</source>
        <translation>Додати альтернативну назву «{0}» до «{1}»</translation>
    </message>
    <message>
        <source>The alias was not added.</source>
        <translation>Альтернативну назву не додано.</translation>
    </message>
    <message>
        <source>“{0}” is now an alias of {1}.</source>
        <translation>«{0}» тепер — альтернативна назва для {1}.</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <source>Show suggestions</source>
        <translation>Показати пропозиції</translation>
    </message>
    <message>
        <source>Show the suggestions in the article and here</source>
        <translation>Показати пропозиції в статті й тут</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Попередня</translation>
    </message>
    <message>
        <source>Shift+N</source>
        <translation>Shift+N</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Наступна ▶</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Прийняти</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Відхилити</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Прийняти всі</translation>
    </message>
    <message>
        <source>Accept every suggestion of this article, as one step of Edit › Undo</source>
        <translation>Прийняти всі пропозиції цієї статті одним кроком Редагування › Скасувати</translation>
    </message>
    <message>
        <source>Reject all</source>
        <translation>Відхилити всі</translation>
    </message>
    <message>
        <source>Never offer this article&apos;s suggestions again, as one step of Edit › Undo</source>
        <translation>Більше не пропонувати пропозиції цієї статті, одним кроком Редагування › Скасувати</translation>
    </message>
    <message>
        <source>{0} (key {1} in the article or this list)</source>
        <translation>{0} (клавіша {1} у статті або в цьому списку)</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) in this article. Choose one to see it.</source>
        <translation>
            <numerusform>У цій статті %n пропозиція. Виберіть її, щоб побачити.</numerusform>
            <numerusform>У цій статті %n пропозиції. Виберіть одну, щоб побачити її.</numerusform>
            <numerusform>У цій статті %n пропозицій. Виберіть одну, щоб побачити її.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s) (Edit › Undo takes them back).</source>
        <translation>
            <numerusform>Прийнято %n пропозицію (Редагування › Скасувати поверне її).</numerusform>
            <numerusform>Прийнято %n пропозиції (Редагування › Скасувати поверне їх).</numerusform>
            <numerusform>Прийнято %n пропозицій (Редагування › Скасувати поверне їх).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n suggestion(s) (Edit › Undo takes them back).</source>
        <translation>
            <numerusform>Відхилено %n пропозицію (Редагування › Скасувати поверне її).</numerusform>
            <numerusform>Відхилено %n пропозиції (Редагування › Скасувати поверне їх).</numerusform>
            <numerusform>Відхилено %n пропозицій (Редагування › Скасувати поверне їх).</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Пропозиції</translation>
    </message>
    <message>
        <source>Likely mentions and claims of the open article: Enter accepts, Backspace rejects</source>
        <translation>Імовірні згадки й твердження відкритої статті: Enter приймає, Backspace відхиляє</translation>
    </message>
    <message>
        <source>Suggestions ({0})</source>
        <translation>Пропозиції ({0})</translation>
    </message>
    <message>
        <source>Suggestions are hidden. Show them to go through them here.</source>
        <translation>Пропозиції приховано. Покажіть їх, щоб переглянути тут.</translation>
    </message>
    <message>
        <source>No suggestions in this article.</source>
        <translation>У цій статті немає пропозицій.</translation>
    </message>
    <message>
        <source>Choose a suggestion to accept.</source>
        <translation>Виберіть пропозицію, яку прийняти.</translation>
    </message>
    <message>
        <source>Choose a suggestion to reject.</source>
        <translation>Виберіть пропозицію, яку відхилити.</translation>
    </message>
</context>
<context>
    <name>SuggestionListModel</name>
    <message>
        <source>Suggested</source>
        <translation>Пропозиція</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
</context>
<context>
    <name>SuggestionReasons</name>
    <message>
        <source>attribution</source>
        <translation>посилання на джерело</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>число</translation>
    </message>
    <message>
        <source>casualty</source>
        <translation>жертви</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>кількість</translation>
    </message>
    <message>
        <source>hedge</source>
        <translation>застереження</translation>
    </message>
    <message>
        <source>absolute</source>
        <translation>абсолютне твердження</translation>
    </message>
    <message>
        <source>quotation</source>
        <translation>цитата</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>named</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>event</source>
        <translation>подія</translation>
    </message>
    <message>
        <source>speculation</source>
        <translation>припущення</translation>
    </message>
    <message>
        <source>commentary</source>
        <translation>коментар</translation>
    </message>
    <message>
        <source>opinion</source>
        <translation>думка</translation>
    </message>
    <message>
        <source>a question</source>
        <translation>питання</translation>
    </message>
    <message>
        <source>no final punctuation (headline?)</source>
        <translation>немає кінцевого розділового знака (заголовок?)</translation>
    </message>
    <message>
        <source>site boilerplate</source>
        <translation>службовий текст сайту</translation>
    </message>
    <message>
        <source>too short to be a claim</source>
        <translation>закоротке для твердження</translation>
    </message>
    <message>
        <source>no cues</source>
        <translation>немає ознак</translation>
    </message>
    <message>
        <source>model {0}</source>
        <translation>модель {0}</translation>
    </message>
</context>
<context>
    <name>SuggestionSettingsDialog</name>
    <message>
        <source>Suggestion settings</source>
        <translation>Налаштування пропозицій</translation>
    </message>
    <message>
        <source>0 — every sentence</source>
        <translation>0 — кожне речення</translation>
    </message>
    <message>
        <source>A sentence is suggested as a claim when its check-worthiness score reaches this threshold (default {0}). Lower it to see more sentences; at 0 every sentence is listed, each with its score and why (hover a suggestion). The command line (annotator suggest) uses the same threshold.</source>
        <translation>Речення пропонується як твердження, коли його оцінка вартості перевірки досягає цього порогу (типово {0}). Знизьте його, щоб бачити більше речень; за 0 показано кожне речення з його оцінкою та поясненням (наведіть на пропозицію). Командний рядок (annotator suggest) використовує той самий поріг.</translation>
    </message>
    <message>
        <source>Suggest claims scoring at &amp;least</source>
        <translation>Пропонувати твердження з оцінкою &amp;щонайменше</translation>
    </message>
</context>
<context>
    <name>SuggestionSteps</name>
    <message>
        <source>No suggestions in this article.</source>
        <translation>У цій статті немає пропозицій.</translation>
    </message>
    <message>
        <source>Choose a suggested mention of an entity first (N).</source>
        <translation>Спершу виберіть запропоновану згадку сутності (N).</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n mention(s) of “{0}”.</source>
        <translation>
            <numerusform>Прийнято %n згадку «{0}».</numerusform>
            <numerusform>Прийнято %n згадки «{0}».</numerusform>
            <numerusform>Прийнято %n згадок «{0}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s).</source>
        <translation>
            <numerusform>Прийнято %n пропозицію.</numerusform>
            <numerusform>Прийнято %n пропозиції.</numerusform>
            <numerusform>Прийнято %n пропозицій.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n suggestion(s).</source>
        <translation>
            <numerusform>Відхилено %n пропозицію.</numerusform>
            <numerusform>Відхилено %n пропозиції.</numerusform>
            <numerusform>Відхилено %n пропозицій.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <source>{0} (you)</source>
        <translation>{0} (ви)</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Узгодженість</translation>
    </message>
    <message>
        <source>Adjudicate</source>
        <translation>Вирішення розбіжностей</translation>
    </message>
    <message>
        <source>Open an article to adjudicate first.</source>
        <translation>Спершу відкрийте статтю для вирішення розбіжностей.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>поки нікого</translation>
    </message>
    <message>
        <source>Adjudication compares the versions of two or more annotators; this article has annotations by {0}. Import the other annotators&apos; exports first.</source>
        <translation>Вирішення розбіжностей порівнює версії двох чи більше анотаторів; у цій статті є анотації лише від: {0}. Спершу імпортуйте експорт інших анотаторів.</translation>
    </message>
    <message>
        <source>Say who you are first (your name).</source>
        <translation>Спершу вкажіть, хто ви (ваше ім’я).</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <source>Open Team Database</source>
        <translation>Відкрити командну базу даних</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>ваше ім’я користувача</translation>
    </message>
    <message>
        <source>(libpq&apos;s default)</source>
        <translation>(типово для libpq)</translation>
    </message>
    <message>
        <source>The password is not part of the address: it comes from PGPASSWORD, ~/.pgpass or a service file, or you are asked for it.</source>
        <translation>Пароль не входить до адреси: його беруть із PGPASSWORD, ~/.pgpass чи файлу служби, або вас про нього запитають.</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Адреса</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Сервер</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Порт</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;База даних</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Користувач</translation>
    </message>
    <message>
        <source>&amp;SSL mode</source>
        <translation>Режим &amp;SSL</translation>
    </message>
    <message>
        <source>The name of the team&apos;s database</source>
        <translation>Назва бази даних команди</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>Режим SSL</translation>
    </message>
    <message>
        <source>Whether the connection must be encrypted; libpq&apos;s default tries it first</source>
        <translation>Чи має з’єднання бути зашифрованим; типове значення libpq пробує шифрування першим</translation>
    </message>
    <message>
        <source>The password was taken out of the address: it is used for this connection only and never stored.</source>
        <translation>Пароль вилучено з адреси: його використано лише для цього з’єднання й ніде не збережено.</translation>
    </message>
</context>
<context>
    <name>TelegramChannelsDialog</name>
    <message>
        <source>Telegram channels</source>
        <translation>Канали Telegram</translation>
    </message>
    <message>
        <source>Telegram exports do not record a channel&apos;s public address. Type each channel&apos;s username — the NAME in t.me/NAME — and every post keeps its link, such as https://t.me/NAME/4521.
Leave a field empty for a private chat: its posts are imported without a link.</source>
        <translation>Експорти Telegram не зберігають публічну адресу каналу. Введіть ім’я кожного каналу — NAME у t.me/NAME — і кожен допис матиме посилання, як-от https://t.me/NAME/4521.
Для приватного чату залиште поле порожнім: його дописи імпортуються без посилання.</translation>
    </message>
    <message>
        <source>username, e.g. frontnews (optional)</source>
        <translation>ім’я, напр. frontnews (необов’язково)</translation>
    </message>
    <message>
        <source>«{0}»</source>
        <translation>«{0}»</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
</context>
<context>
    <name>TrashActions</name>
    <message>
        <source>Cannot remove</source>
        <translation>Не вдається видалити</translation>
    </message>
    <message>
        <source>Move {0} to the Trash?

File › Trash brings it back with every annotation until the Trash is emptied.</source>
        <translation>Перемістити {0} до кошика?

Файл › Кошик повертає її з усіма анотаціями, доки кошик не спорожнено.</translation>
    </message>
    <message>
        <source>Remove article</source>
        <translation>Видалити статтю</translation>
    </message>
    <message>
        <source>Move {0} to the Trash</source>
        <translation>Перемістити {0} до кошика</translation>
    </message>
    <message>
        <source>{0} moved to the Trash (File › Trash).</source>
        <translation>До кошика переміщено: {0} (Файл › Кошик).</translation>
    </message>
    <message>
        <source>the articles are no longer in the Trash</source>
        <translation>цих статей уже немає в кошику</translation>
    </message>
    <message>
        <source>{0} back from the Trash.</source>
        <translation>Повернуто з кошика: {0}.</translation>
    </message>
    <message>
        <source>There are no demo articles left.</source>
        <translation>Демонстраційних статей більше немає.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Не вдається відновити</translation>
    </message>
    <message>
        <source>{0} restored from the Trash.</source>
        <translation>Відновлено з кошика: {0}.</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Спорожнити кошик</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Видалити назавжди</translation>
    </message>
    <message>
        <source>Delete {0} for good? This cannot be undone.</source>
        <translation>Видалити {0} назавжди? Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <source>{0} deleted for good.</source>
        <translation>Видалено назавжди: {0}.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Кошик</translation>
    </message>
    <message>
        <source>Articles in the Trash</source>
        <translation>Статті в кошику</translation>
    </message>
    <message>
        <source>The articles removed, with their annotations and when they were removed</source>
        <translation>Вилучені статті з їхніми анотаціями й часом вилучення</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Стаття</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Анотації</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Видалено</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>Кошик порожній.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>Видалити &amp;назавжди</translation>
    </message>
    <message>
        <source>&amp;Empty Trash</source>
        <translation>&amp;Спорожнити кошик</translation>
    </message>
    <message>
        <source>Bring the chosen articles back with every annotation</source>
        <translation>Повернути вибрані статті з усіма анотаціями</translation>
    </message>
    <message>
        <source>Delete the chosen articles; this cannot be undone</source>
        <translation>Видалити вибрані статті; це не можна скасувати</translation>
    </message>
    <message>
        <source>Delete every article in the Trash; this cannot be undone</source>
        <translation>Видалити всі статті в кошику; це не можна скасувати</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>claim</source>
        <translation>твердження</translation>
    </message>
    <message>
        <source>mention</source>
        <translation>згадка</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>Додавання: {0}</translation>
    </message>
    <message>
        <source>Accept suggested {0} “{1}”</source>
        <translation>Прийняття пропозиції: {0} «{1}»</translation>
    </message>
    <message>
        <source>Accept {0} “{1}”</source>
        <translation>Прийняття: {0}, «{1}»</translation>
    </message>
    <message>
        <source>Reject {0} “{1}”</source>
        <translation>Відхилення: {0}, «{1}»</translation>
    </message>
    <message>
        <source>Reject suggested {0} “{1}”</source>
        <translation>Відхилення пропозиції: {0} «{1}»</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>Видалення: {0}</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>UndoHistoryDialog</name>
    <message>
        <source>Undo History</source>
        <translation>Історія змін</translation>
    </message>
    <message>
        <source>Every change since the program started, oldest first, of every article. Click a line to go back to just after it; the lines below it can be redone.</source>
        <translation>Усі зміни всіх статей від запуску програми, найстаріші першими. Клацніть рядок, щоб повернутися до стану одразу після нього; зміни нижче можна буде повторити.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Зміни</translation>
    </message>
    <message>
        <source>Every change, oldest first; choosing one goes back to just after it</source>
        <translation>Кожна зміна, від найдавнішої; вибір зміни повертає до стану одразу після неї</translation>
    </message>
    <message>
        <source>&lt;before the first change&gt;</source>
        <translation>&lt;до першої зміни&gt;</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Імпортувати файли…</translation>
    </message>
    <message>
        <source>articles (.txt .md .html) or datasets</source>
        <translation>статті (.txt .md .html) або набори даних</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Імпортувати &amp;теку…</translation>
    </message>
    <message>
        <source>every article file in a folder and its subfolders</source>
        <translation>усі файли статей у теці та її підтеках</translation>
    </message>
    <message>
        <source>Open &amp;Local Database…</source>
        <translation>Відкрити &amp;локальну базу даних…</translation>
    </message>
    <message>
        <source>another annotator database file, in this window</source>
        <translation>інший файл бази даних анотатора, у цьому вікні</translation>
    </message>
    <message>
        <source>Open &amp;Team Database…</source>
        <translation>Відкрити &amp;командну базу даних…</translation>
    </message>
    <message>
        <source>the team&apos;s collection on a PostgreSQL server, in this window</source>
        <translation>колекція команди на сервері PostgreSQL, у цьому вікні</translation>
    </message>
    <message>
        <source>Take articles &amp;offline…</source>
        <translation>Узяти статті &amp;офлайн…</translation>
    </message>
    <message>
        <source>copy articles of the team database into a file to work on</source>
        <translation>скопіювати статті командної бази даних у файл, щоб працювати з ними</translation>
    </message>
    <message>
        <source>&amp;Bring work back…</source>
        <translation>Повернути &amp;роботу…</translation>
    </message>
    <message>
        <source>store the work of a file taken offline on the team database</source>
        <translation>зберегти роботу з файлу, узятого офлайн, у командній базі даних</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експортувати…</translation>
    </message>
    <message>
        <source>the whole dataset as JSON or JSONL</source>
        <translation>увесь набір даних у форматі JSON або JSONL</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>&amp;Re-read with encoding…</source>
        <translation>&amp;Перечитати в іншому кодуванні…</translation>
    </message>
    <message>
        <source>read the open article&apos;s file again in another encoding (before annotating it)</source>
        <translation>перечитати файл відкритої статті в іншому кодуванні (до анотування)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>who publishes the fact-checks (ClaimReview author); the window&apos;s language</source>
        <translation>хто публікує перевірки (автор ClaimReview); мова вікна</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>move the chosen article to the Trash (Ctrl+Delete; Delete in the article list)</source>
        <translation>перемістити вибрану статтю до кошика (Ctrl+Delete; Delete у списку статей)</translation>
    </message>
    <message>
        <source>find whole words in the open article; F3 next, Shift+F3 previous, Esc closes</source>
        <translation>пошук цілих слів у відкритій статті; F3 — наступне, Shift+F3 — попереднє, Esc закриває</translation>
    </message>
    <message>
        <source>Remove &amp;demo articles…</source>
        <translation>Видалити &amp;демонстраційні статті…</translation>
    </message>
    <message>
        <source>the five sample articles of the first start, in one step</source>
        <translation>п’ять зразкових статей першого запуску — одним кроком</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Кошик…</translation>
    </message>
    <message>
        <source>restore removed articles</source>
        <translation>відновити видалені статті</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>&amp;Видалити анотацію</translation>
    </message>
    <message>
        <source>remove the selected annotation</source>
        <translation>видалити вибрану анотацію</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Видалити (Del)</translation>
    </message>
    <message>
        <source>Sc&amp;hemes…</source>
        <translation>С&amp;хеми…</translation>
    </message>
    <message>
        <source>entity types, colours, shortcuts and statuses</source>
        <translation>типи сутностей, кольори, клавіші та статуси</translation>
    </message>
    <message>
        <source>&amp;Search all articles…</source>
        <translation>&amp;Пошук у всіх статтях…</translation>
    </message>
    <message>
        <source>search the titles and texts of all articles; Enter opens the first hit at the match</source>
        <translation>пошук у заголовках і текстах усіх статей; Enter відкриває перший результат на місці збігу</translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation>&amp;Знайти в статті…</translation>
    </message>
    <message>
        <source>New &amp;claim</source>
        <translation>Нове &amp;твердження</translation>
    </message>
    <message>
        <source>the selected words assert something checkable</source>
        <translation>виділені слова стверджують щось, що можна перевірити</translation>
    </message>
    <message>
        <source>Claim (C)</source>
        <translation>Твердження (C)</translation>
    </message>
    <message>
        <source>tag the selected words as {0}</source>
        <translation>позначити виділені слова як «{0}»</translation>
    </message>
    <message>
        <source>set the selected claim&apos;s status to {0}</source>
        <translation>задати вибраному твердженню статус «{0}»</translation>
    </message>
    <message>
        <source>Apply status to the claim gro&amp;up</source>
        <translation>Застосувати статус до &amp;групи тверджень</translation>
    </message>
    <message>
        <source>every claim confirmed as the same claim gets the selected claim&apos;s status</source>
        <translation>кожне твердження, підтверджене як те саме, отримує статус вибраного</translation>
    </message>
    <message>
        <source>Find &amp;related claims</source>
        <translation>Знайти &amp;пов’язані твердження</translation>
    </message>
    <message>
        <source>claims of other articles that may be the same claim</source>
        <translation>твердження інших статей, які можуть бути тим самим твердженням</translation>
    </message>
    <message>
        <source>Span from &amp;selection</source>
        <translation>Межі з &amp;виділення</translation>
    </message>
    <message>
        <source>the selected annotation takes the selected words</source>
        <translation>вибрана анотація охоплює виділені слова</translation>
    </message>
    <message>
        <source>Start one word earlier</source>
        <translation>Початок на слово раніше</translation>
    </message>
    <message>
        <source>Start one word later</source>
        <translation>Початок на слово пізніше</translation>
    </message>
    <message>
        <source>End one word later</source>
        <translation>Кінець на слово пізніше</translation>
    </message>
    <message>
        <source>End one word earlier</source>
        <translation>Кінець на слово раніше</translation>
    </message>
    <message>
        <source>&amp;Next article</source>
        <translation>&amp;Наступна стаття</translation>
    </message>
    <message>
        <source>&amp;Previous article</source>
        <translation>&amp;Попередня стаття</translation>
    </message>
    <message>
        <source>Mark &amp;done and go to next</source>
        <translation>Позначити &amp;готовою й перейти далі</translation>
    </message>
    <message>
        <source>this article is finished</source>
        <translation>цю статтю завершено</translation>
    </message>
    <message>
        <source>Done, next</source>
        <translation>Готово, далі</translation>
    </message>
    <message>
        <source>Mark in progress</source>
        <translation>Позначити «У роботі»</translation>
    </message>
    <message>
        <source>Mark to do</source>
        <translation>Позначити «До роботи»</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Збільшити</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Зменшити</translation>
    </message>
    <message>
        <source>Show &amp;suggestions</source>
        <translation>Показувати &amp;пропозиції</translation>
    </message>
    <message>
        <source>likely mentions and claims, framed in dashes</source>
        <translation>імовірні згадки й твердження в пунктирній рамці</translation>
    </message>
    <message>
        <source>Next suggestion</source>
        <translation>Наступна пропозиція</translation>
    </message>
    <message>
        <source>Previous suggestion</source>
        <translation>Попередня пропозиція</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Прийняти пропозицію</translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation>Відхилити пропозицію</translation>
    </message>
    <message>
        <source>Accept all for this entity</source>
        <translation>Прийняти всі для цієї сутності</translation>
    </message>
    <message>
        <source>every suggestion of the same entity in this article</source>
        <translation>усі пропозиції тієї самої сутності в цій статті</translation>
    </message>
    <message>
        <source>Accept all suggestions</source>
        <translation>Прийняти всі пропозиції</translation>
    </message>
    <message>
        <source>every suggestion of this article, as one step of Edit › Undo</source>
        <translation>усі пропозиції цієї статті, одним кроком Редагування › Скасувати</translation>
    </message>
    <message>
        <source>Reject all suggestions</source>
        <translation>Відхилити всі пропозиції</translation>
    </message>
    <message>
        <source>never offer this article&apos;s suggestions again, as one step of Edit › Undo</source>
        <translation>більше не пропонувати пропозицій цієї статті, одним кроком Редагування › Скасувати</translation>
    </message>
    <message>
        <source>Suggestions &amp;list</source>
        <translation>&amp;Список пропозицій</translation>
    </message>
    <message>
        <source>the open article&apos;s suggestions with their count: choose, accept, reject</source>
        <translation>пропозиції відкритої статті з їхньою кількістю: вибрати, прийняти, відхилити</translation>
    </message>
    <message>
        <source>Suggestion se&amp;ttings…</source>
        <translation>&amp;Налаштування пропозицій…</translation>
    </message>
    <message>
        <source>how check-worthy a sentence must be to be suggested as a claim (0: every sentence)</source>
        <translation>наскільки речення має бути вартим перевірки, щоб його запропонувати як твердження (0: кожне речення)</translation>
    </message>
    <message>
        <source>&amp;Learn from my claims…</source>
        <translation>&amp;Навчити на моїх твердженнях…</translation>
    </message>
    <message>
        <source>train the claim suggestions on this database&apos;s claims and finished articles</source>
        <translation>навчити пропозиції тверджень на твердженнях і завершених статтях цієї бази</translation>
    </message>
    <message>
        <source>Add the new form as an &amp;alias</source>
        <translation>Додати нову форму як &amp;альтернативну назву</translation>
    </message>
    <message>
        <source>after accepting Izyum or Ізюмі for Izium: keep that form among its aliases</source>
        <translation>після прийняття Izyum чи Ізюмі для Izium: зберегти цю форму серед альтернативних назв</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Статистика…</translation>
    </message>
    <message>
        <source>claims per status, mentions per type, top entities</source>
        <translation>твердження за статусом, згадки за типом, найчастіші сутності</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>&amp;Узгодженість…</translation>
    </message>
    <message>
        <source>agreement between annotators per pair, entity type and claim status; disagreements</source>
        <translation>узгодженість анотаторів за парами, типами сутностей і статусами тверджень; розбіжності</translation>
    </message>
    <message>
        <source>A&amp;djudicate this article…</source>
        <translation>&amp;Вирішити розбіжності в статті…</translation>
    </message>
    <message>
        <source>the annotators&apos; versions side by side; accept, edit or reject into the adjudicated layer</source>
        <translation>версії анотаторів поруч; прийняти, змінити чи відхилити в ухвалений шар</translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation>&amp;Сутності</translation>
    </message>
    <message>
        <source>every canonical entity: rename, merge, go to its mentions</source>
        <translation>усі канонічні сутності: перейменувати, об’єднати, перейти до згадок</translation>
    </message>
    <message>
        <source>Go to the &amp;article</source>
        <translation>Перейти до &amp;статті</translation>
    </message>
    <message>
        <source>Go to the a&amp;nnotations</source>
        <translation>Перейти до &amp;анотацій</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>&amp;About Fact-Check Annotator</source>
        <translation>&amp;Про Fact-Check Annotator</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Нещодавні</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>Se&amp;veral annotators</source>
        <translation>&amp;Кілька анотаторів</translation>
    </message>
    <message>
        <source>A&amp;nnotators</source>
        <translation>&amp;Анотатори</translation>
    </message>
    <message>
        <source>show or hide this annotator&apos;s annotations</source>
        <translation>показати чи сховати анотації цього анотатора</translation>
    </message>
    <message>
        <source>Nobody&apos;s annotations yet</source>
        <translation>Поки немає нічиїх анотацій</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Анотування</translation>
    </message>
    <message>
        <source>New &amp;mention</source>
        <translation>Нова &amp;згадка</translation>
    </message>
    <message>
        <source>Claim &amp;status</source>
        <translation>&amp;Статус твердження</translation>
    </message>
    <message>
        <source>Su&amp;ggestions</source>
        <translation>&amp;Пропозиції</translation>
    </message>
    <message>
        <source>&amp;Boundaries</source>
        <translation>&amp;Межі</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основна панель</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
</context>
<context>
    <name>WorkspaceStatusBar</name>
    <message>
        <source>✓ All changes saved</source>
        <translation>✓ Усі зміни збережено</translation>
    </message>
    <message>
        <source>Article {0} of {1}</source>
        <translation>Стаття {0} з {1}</translation>
    </message>
    <message>
        <source>Annotator: {0}</source>
        <translation>Анотатор: {0}</translation>
    </message>
    <message>
        <source>⚠ Last change NOT saved</source>
        <translation>⚠ Останню зміну НЕ збережено</translation>
    </message>
</context>
</TS>
