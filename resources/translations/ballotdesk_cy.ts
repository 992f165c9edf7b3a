<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
    <context>
        <name>AmendDialog</name>
        <message>
            <location filename="../../ballotdesk/ui/ballot_dialog.py" line="+413" />
            <source>Amend the declared result</source>
            <translation>Diwygio'r canlyniad a gyhoeddwyd</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Correct one box's figures. Every earlier version of the result is kept, and the result will be marked AMENDED.</source>
            <translation>Cywirwch ffigurau un blwch. Caiff pob fersiwn blaenorol o'r canlyniad ei gadw, a bydd y canlyniad yn cael ei nodi'n DIWYGIEDIG.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Box</source>
            <translation>Blwch</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Box:</source>
            <translation>&amp;Blwch:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Chair's name</source>
            <translation>Enw'r cadeirydd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Chair's name:</source>
            <translation>Enw'r &amp;cadeirydd:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason for the amendment</source>
            <translation>Rheswm dros y diwygiad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. bundle of 10 For papers found under the table</source>
            <translation>e.e. bwndel o 10 papur O blaid wedi'i ganfod o dan y bwrdd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reason:</source>
            <translation>&amp;Rheswm:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Amend</source>
            <translation>&amp;Diwygio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amend</source>
            <translation>Diwygio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../ballotdesk/ui/app.py" line="+91" />
            <source>Something went wrong that BallotDesk did not expect:

{0}

Every change made so far is saved in the meeting file. Please report this problem.</source>
            <translation>Aeth rhywbeth o'i le nad oedd BallotDesk yn ei ddisgwyl:

{0}

Mae pob newid a wnaed hyd yma wedi'i gadw yn ffeil y cyfarfod. Rhowch wybod am y broblem hon.</translation>
        </message>
    </context>
    <context>
        <name>AttendancePage</name>
        <message>
            <location filename="../../ballotdesk/ui/pages/attendance.py" line="+44" />
            <source>Filter attendees</source>
            <translation>Hidlo'r rhai sy'n bresennol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filter by name, number, ward, kind…</source>
            <translation>Hidlo yn ôl enw, rhif, ward, math…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Attendees</source>
            <translation>Y rhai sy'n bresennol</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Attendee count</source>
            <translation>Nifer y rhai sy'n bresennol</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attendance figures</source>
            <translation>Ffigurau presenoldeb</translation>
        </message>
        <message>
            <location line="+69" />
            <source>No meeting is open.</source>
            <translation>Does dim cyfarfod ar agor.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{0} of {1} shown</source>
            <translation>{0} o {1} yn cael eu dangos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} attendees</source>
            <translation>{0} yn bresennol</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Attendance</source>
            <translation>Presenoldeb</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+7" />
            <location line="+3" />
            <source>Approve vote</source>
            <translation>Cymeradwyo pleidlais</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Select a provisional attendee first (added at the desk with Add provisional attendee).</source>
            <translation>Dewiswch rywun sy'n bresennol dros dro yn gyntaf (wedi'i ychwanegu wrth y ddesg drwy Ychwanegu mynychwr dros dro).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Let {0} vote? They are not on the roll: {1}.</source>
            <translation>Caniatáu i {0} bleidleisio? Dydyn nhw ddim ar y rhestr aelodau: {1}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Withdraw {0}'s vote? ({1})</source>
            <translation>Tynnu pleidlais {0} yn ôl? ({1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Withdraw approval</source>
            <translation>Tynnu'r gymeradwyaeth yn ôl</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+2" />
            <location line="+1" />
            <source>Attendance register</source>
            <translation>Cofrestr presenoldeb</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+2" />
            <location line="+1" />
            <source>Sign-in sheet</source>
            <translation>Taflen llofnodi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everyone on the roll, sorted by surname, for the door.</source>
            <translation>Pawb ar y rhestr aelodau, yn nhrefn cyfenw, ar gyfer y drws.</translation>
        </message>
    </context>
    <context>
        <name>BackupKeeper</name>
        <message>
            <location filename="../../ballotdesk/ui/backups.py" line="+199" />
            <source>Backup failed at {0}: {1} BallotDesk tries again in {2} minute(s); the meeting itself is safe.</source>
            <translation>Methodd y copi wrth gefn am {0}: {1} Bydd BallotDesk yn ceisio eto ymhen {2} munud; mae'r cyfarfod ei hun yn ddiogel.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Backup failed</source>
            <translation>Methodd y copi wrth gefn</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No backup folder: choose one in File › Backups…</source>
            <translation>Dim ffolder copïau wrth gefn: dewiswch un yn Ffeil › Copïau wrth gefn…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last backup {0} to {1}</source>
            <translation>Copi wrth gefn diwethaf {0} i {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backups go to {0}</source>
            <translation>Mae copïau wrth gefn yn mynd i {0}</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <location line="+16" />
            <location line="+124" />
            <source>Backups</source>
            <translation>Copïau wrth gefn</translation>
        </message>
        <message>
            <location line="-121" />
            <source>BallotDesk copies this meeting to the folder below (a USB stick is best, so a laptop that fails loses nothing): at once after a ballot is opened, closed, declared or amended, and every {0} minutes while the desk is busy. It keeps this meeting's newest {1} backups there.</source>
            <translation>Mae BallotDesk yn copïo'r cyfarfod hwn i'r ffolder isod (cof bach USB sydd orau, fel na chollir dim os bydd gliniadur yn methu): yn syth ar ôl i bleidlais gael ei hagor, ei chau, ei chyhoeddi neu ei diwygio, a phob {0} munud tra bo'r ddesg yn brysur. Mae'n cadw'r {1} copi wrth gefn diweddaraf o'r cyfarfod hwn yno.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Backup folder</source>
            <translation>Ffolder copïau wrth gefn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No folder chosen yet</source>
            <translation>Dim ffolder wedi'i dewis eto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Choose folder…</source>
            <translation>&amp;Dewis ffolder…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose backup folder</source>
            <translation>Dewis ffolder copïau wrth gefn</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Folder:</source>
            <translation>Ffolder:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Back up now</source>
            <translation>Gwneud copi wrth gefn &amp;nawr</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+76" />
            <location line="+36" />
            <source>Back up now</source>
            <translation>Gwneud copi wrth gefn nawr</translation>
        </message>
        <message>
            <location line="-110" />
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Adfer o gopi wrth gefn…</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+119" />
            <location line="+13" />
            <location line="+3" />
            <source>Restore from a backup</source>
            <translation>Adfer o gopi wrth gefn</translation>
        </message>
        <message>
            <location line="-134" />
            <source>Restore the selected backup (or one you pick) to a new file, then open it if you wish</source>
            <translation>Adfer y copi wrth gefn a ddewiswyd (neu un a ddewiswch) i ffeil newydd, yna ei hagor os dymunwch</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Recent backups</source>
            <translation>Copïau wrth gefn diweddar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Made</source>
            <translation>Gwnaed</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why</source>
            <translation>Pam</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Size</source>
            <translation>Maint</translation>
        </message>
        <message>
            <location line="+0" />
            <source>File</source>
            <translation>Ffeil</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Backup status</source>
            <translation>Statws copïau wrth gefn</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Close</source>
            <translation>Cau</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Recent backups of this meeting in that folder, newest first:</source>
            <translation>Copïau wrth gefn diweddar o'r cyfarfod hwn yn y ffolder honno, y diweddaraf yn gyntaf:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>{0:,} KB</source>
            <translation>{0:,} KB</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Regular backup</source>
            <translation>Copi wrth gefn rheolaidd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ballot opened</source>
            <translation>Pleidlais wedi'i hagor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ballot closed</source>
            <translation>Pleidlais wedi'i chau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counting began</source>
            <translation>Cyfrif wedi dechrau</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ballot counted</source>
            <translation>Pleidlais wedi'i chyfrif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Result declared</source>
            <translation>Canlyniad wedi'i gyhoeddi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Result amended</source>
            <translation>Canlyniad wedi'i ddiwygio</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Choose the backup folder</source>
            <translation>Dewiswch y ffolder copïau wrth gefn</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{0} is not a folder.</source>
            <translation>Nid yw {0} yn ffolder.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Backed up to {0}.</source>
            <translation>Gwnaed copi wrth gefn i {0}.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Restore to a new meeting file</source>
            <translation>Adfer i ffeil cyfarfod newydd</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Restored {0} to {1}.</source>
            <translation>Adferwyd {0} i {1}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The backup was restored to {0}.

Open it now? The meeting open now is closed first; every change to it is already saved.</source>
            <translation>Adferwyd y copi wrth gefn i {0}.

Ei agor nawr? Caiff y cyfarfod sydd ar agor nawr ei gau yn gyntaf; mae pob newid iddo wedi'i gadw eisoes.</translation>
        </message>
    </context>
    <context>
        <name>BallotDialog</name>
        <message>
            <location filename="../../ballotdesk/ui/ballot_dialog.py" line="-374" />
            <source>New ballot</source>
            <translation>Pleidlais newydd</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ballot: {0}</source>
            <translation>Pleidlais: {0}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This ballot is {0}. Its options and rules can change only while it is a draft, so they are shown read-only; to change them, create a new ballot.</source>
            <translation>Statws y bleidlais hon yw: {0}. Dim ond tra bydd yn ddrafft y gellir newid ei dewisiadau a'i rheolau, felly maen nhw'n cael eu dangos fel rhai darllen yn unig; i'w newid, crëwch bleidlais newydd.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Why the ballot cannot be edited</source>
            <translation>Pam na ellir golygu'r bleidlais</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Title</source>
            <translation>Teitl</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Motion 3: new roof, or Election of treasurer</source>
            <translation>e.e. Cynnig 3: to newydd, neu Ethol trysorydd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Title:</source>
            <translation>&amp;Teitl:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Question or office</source>
            <translation>Cwestiwn neu swydd</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The motion's wording, or the office being filled</source>
            <translation>Geiriad y cynnig, neu'r swydd sydd i'w llenwi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Question:</source>
            <translation>&amp;Cwestiwn:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Motion (For / Against)</source>
            <translation>Cy&amp;nnig (O blaid / Yn erbyn)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Motion</source>
            <translation>Cynnig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Election (candidates)</source>
            <translation>&amp;Etholiad (ymgeiswyr)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Election</source>
            <translation>Etholiad</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Kind:</source>
            <translation>Math:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The paper offers two options: “For” and “Against”.</source>
            <translation>Mae'r papur yn cynnig dau ddewis: “For” (o blaid) ac “Against” (yn erbyn).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The paper offers an &amp;abstention box</source>
            <translation>Mae'r papur yn cynnig blwch &amp;ymatal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Abstain allowed</source>
            <translation>Caniateir ymatal</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Majority rule</source>
            <translation>Rheol mwyafrif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Majority &amp;rule:</source>
            <translation>&amp;Rheol mwyafrif:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Percentage base</source>
            <translation>Sail y canrannau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Measured against:</source>
            <translation>&amp;Mesur yn erbyn:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Problem with the ballot</source>
            <translation>Problem gyda'r bleidlais</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Candidates, in the order printed on the paper</source>
            <translation>Ymgeiswyr, yn y drefn sydd wedi'i hargraffu ar y papur</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New candidate's name</source>
            <translation>Enw'r ymgeisydd newydd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type a name and press Enter</source>
            <translation>Teipiwch enw a phwyso Enter</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A&amp;dd</source>
            <translation>Ychwane&amp;gu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add candidate</source>
            <translation>Ychwanegu ymgeisydd</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Candidates</source>
            <translation>Ymgeiswyr</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Re&amp;move</source>
            <translation>&amp;Dileu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove candidate</source>
            <translation>Dileu ymgeisydd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move &amp;up</source>
            <translation>Symud i &amp;fyny</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move candidate up</source>
            <translation>Symud yr ymgeisydd i fyny</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move do&amp;wn</source>
            <translation>Symud i &amp;lawr</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move candidate down</source>
            <translation>Symud yr ymgeisydd i lawr</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Seats</source>
            <translation>Seddi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>elected</source>
            <translation>wedi'i ethol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Word for a successful candidate</source>
            <translation>Gair am ymgeisydd llwyddiannus</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Seats to fill:</source>
            <translation>&amp;Seddi i'w llenwi:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Successful candidates are:</source>
            <translation>Mae ymgeiswyr llwyddiannus:</translation>
        </message>
    </context>
    <context>
        <name>BallotPicker</name>
        <message>
            <location filename="../../ballotdesk/ui/widgets/ballot_picker.py" line="+21" />
            <source>draft</source>
            <translation>drafft</translation>
        </message>
        <message>
            <location line="+1" />
            <source>open</source>
            <translation>ar agor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>closed, to count</source>
            <translation>ar gau, i'w chyfrif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>counting</source>
            <translation>wrthi'n cyfrif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>counted</source>
            <translation>wedi'i chyfrif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>declared</source>
            <translation>wedi'i chyhoeddi</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Ballot</source>
            <translation>Pleidlais</translation>
        </message>
    </context>
    <context>
        <name>BallotsPage</name>
        <message>
            <location filename="../../ballotdesk/ui/pages/ballots.py" line="+110" />
            <source>&amp;Print ballot papers…</source>
            <translation>&amp;Argraffu papurau pleidleisio…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Print ballot papers</source>
            <translation>Argraffu papurau pleidleisio</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Numbered papers for one box: preview, print or save as PDF</source>
            <translation>Papurau wedi'u rhifo ar gyfer un blwch: rhagolwg, argraffu neu gadw fel PDF</translation>
        </message>
        <message>
            <location line="+404" />
            <source>Ballot papers</source>
            <translation>Papurau pleidleisio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ballot papers — {0} — {1}</source>
            <translation>Papurau pleidleisio — {0} — {1}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{0:,} papers for the box {1}. Cut along the marks; keep unused papers for the ballot paper account.</source>
            <translation>{0:,} papur ar gyfer y blwch {1}. Torrwch ar hyd y marciau; cadwch y papurau heb eu defnyddio ar gyfer y cyfrif papurau pleidleisio.</translation>
        </message>
    </context>
    <context>
        <name>ChangePinDialog</name>
        <message>
            <location filename="../../ballotdesk/ui/pin_dialog.py" line="+27" />
            <source>Change chair PIN</source>
            <translation>Newid PIN y cadeirydd</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Set chair PIN</source>
            <translation>Gosod PIN y cadeirydd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The chair's PIN is needed to declare and amend results, resolve counts, approve provisional votes and change the rules. It is 4 to 12 digits.</source>
            <translation>Mae angen PIN y cadeirydd i gyhoeddi a diwygio canlyniadau, datrys cyfrifon, cymeradwyo pleidleisiau dros dro a newid y rheolau. Mae rhwng 4 a 12 digid.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This meeting has no chair's PIN yet: anyone at this laptop can declare results. Set a PIN of 4 to 12 digits.</source>
            <translation>Does gan y cyfarfod hwn ddim PIN cadeirydd eto: gall unrhyw un wrth y gliniadur hwn gyhoeddi canlyniadau. Gosodwch PIN o 4 i 12 digid.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Current PIN</source>
            <translation>PIN presennol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New PIN</source>
            <translation>PIN newydd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New PIN again</source>
            <translation>PIN newydd eto</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Current PIN:</source>
            <translation>PIN &amp;presennol:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;New PIN:</source>
            <translation>PIN &amp;newydd:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New PIN &amp;again:</source>
            <translation>PIN newydd &amp;eto:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Change PIN</source>
            <translation>Newid PIN</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Set PIN</source>
            <translation>Gosod PIN</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Enter the current PIN.</source>
            <translation>Rhowch y PIN presennol.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The two new PINs differ; type the new PIN twice.</source>
            <translation>Mae'r ddau PIN newydd yn wahanol; teipiwch y PIN newydd ddwywaith.</translation>
        </message>
    </context>
    <context>
        <name>CountForm</name>
        <message>
            <location filename="../../ballotdesk/ui/widgets/count_form.py" line="+58" />
            <source>Reasons for rejection (optional)</source>
            <translation>Rhesymau dros wrthod (dewisol)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 2 marked twice, 1 signed</source>
            <translation>e.e. 2 wedi'u marcio ddwywaith, 1 wedi'i lofnodi</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a box to count.</source>
            <translation>Dewiswch flwch i'w gyfrif.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check of the figures</source>
            <translation>Gwirio'r ffigurau</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Votes for {0}</source>
            <translation>Pleidleisiau i {0}</translation>
        </message>
        <message>
            <location line="+103" />
            <source>Choose a ballot and a box to count.</source>
            <translation>Dewiswch bleidlais a blwch i'w cyfrif.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the figures for this box, from the top.</source>
            <translation>Rhowch ffigurau'r blwch hwn, o'r brig.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Still to fill in: {0}.</source>
            <translation>Heb eu llenwi eto: {0}.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The figures add up: {0} = {1} papers found.</source>
            <translation>Mae'r ffigurau'n cyfateb: {0} = {1} papur wedi'u canfod.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The figures are consistent ({0} valid papers, up to {1} marks each).</source>
            <translation>Mae'r ffigurau'n gyson ({0} papur dilys, hyd at {1} marc yr un).</translation>
        </message>
    </context>
    <context>
        <name>CountPage</name>
        <message>
            <location filename="../../ballotdesk/ui/pages/count.py" line="+67" />
            <source>Box</source>
            <translation>Blwch</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+311" />
            <source>Teller</source>
            <translation>Rhifwr</translation>
        </message>
        <message>
            <location line="-310" />
            <source>Change &amp;teller…</source>
            <translation>Newid y &amp;rhifwr…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change teller</source>
            <translation>Newid y rhifwr</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Give the name of the teller at the keyboard; the form is cleared</source>
            <translation>Rhowch enw'r rhifwr sydd wrth y bysellfwrdd; caiff y ffurflen ei chlirio</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Ballot:</source>
            <translation>&amp;Pleidlais:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bo&amp;x:</source>
            <translation>&amp;Blwch:</translation>
        </message>
        <message>
            <location line="+13" />
            <source>About this entry</source>
            <translation>Am y cofnod hwn</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Save entry</source>
            <translation>&amp;Cadw'r cofnod</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save entry</source>
            <translation>Cadw'r cofnod</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save this teller's figures for the box (Ctrl+S, or Enter in the last field)</source>
            <translation>Cadw ffigurau'r rhifwr hwn ar gyfer y blwch (Ctrl+S, neu Enter yn y maes olaf)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Outcome of the last entry</source>
            <translation>Canlyniad y cofnod diwethaf</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+192" />
            <source>Count</source>
            <translation>Cyfrif</translation>
        </message>
        <message>
            <location line="-186" />
            <source>Ctrl+S, or Enter in the last field</source>
            <translation>Ctrl+S, neu Enter yn y maes olaf</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+13" />
            <source>Ballot paper account</source>
            <translation>Cyfrif papurau pleidleisio</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Papers issued:</source>
            <translation>Papurau a ddosbarthwyd:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Papers found:</source>
            <translation>Papurau a ganfuwyd:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spoilt and cancelled:</source>
            <translation>Wedi'u difetha a'u canslo:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not returned (variance):</source>
            <translation>Heb eu dychwelyd (amrywiant):</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Boxes and their count</source>
            <translation>Y blychau a'u cyfrif</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Chair</source>
            <translation>Cadeirydd</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What the chair must resolve</source>
            <translation>Yr hyn y mae'n rhaid i'r cadeirydd ei ddatrys</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order &amp;recount…</source>
            <translation>Gorchymyn &amp;ailgyfrif…</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+279" />
            <source>Order recount</source>
            <translation>Gorchymyn ailgyfrif</translation>
        </message>
        <message>
            <location line="-278" />
            <source>Set this box's entries aside; the tellers count it again</source>
            <translation>Rhoi cofnodion y blwch hwn o'r neilltu; bydd y rhifwyr yn ei gyfrif eto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xplain shortfall…</source>
            <translation>E&amp;gluro'r diffyg…</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+312" />
            <source>Explain shortfall</source>
            <translation>Egluro'r diffyg</translation>
        </message>
        <message>
            <location line="-310" />
            <source>Write why papers were not returned; it goes on the result</source>
            <translation>Ysgrifennwch pam na ddychwelwyd papurau; bydd yn ymddangos ar y canlyniad</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&lt;b&gt;Every box&lt;/b&gt; (two matching entries make a box definitive)</source>
            <translation>&lt;b&gt;Pob blwch&lt;/b&gt; (mae dau gofnod sy'n cyfateb yn gwneud cyfrif blwch yn derfynol)</translation>
        </message>
        <message>
            <location line="+90" />
            <source>Teller: &lt;b&gt;{0}&lt;/b&gt;</source>
            <translation>Rhifwr: &lt;b&gt;{0}&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Teller: &lt;i&gt;not given yet&lt;/i&gt;</source>
            <translation>Rhifwr: &lt;i&gt;heb ei roi eto&lt;/i&gt;</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No meeting is open.</source>
            <translation>Does dim cyfarfod ar agor.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No ballot to count yet: a ballot is counted once it is closed.</source>
            <translation>Does dim pleidlais i'w chyfrif eto: caiff pleidlais ei chyfrif ar ôl iddi gau.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This ballot is still open; counts are entered once it is closed.</source>
            <translation>Mae'r bleidlais hon yn dal ar agor; caiff y cyfrifon eu cofnodi ar ôl iddi gau.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This ballot is {0}; the count is complete.</source>
            <translation>Statws y bleidlais hon yw: {0}; mae'r cyfrif wedi'i gwblhau.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a box.</source>
            <translation>Dewiswch flwch.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The count of {0} is definitive; only the chair can order a recount.</source>
            <translation>Mae cyfrif {0} yn derfynol; dim ond y cadeirydd all orchymyn ailgyfrif.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The two entries for {0} differ; the chair must resolve them first.</source>
            <translation>Mae'r ddau gofnod ar gyfer {0} yn wahanol; rhaid i'r cadeirydd eu datrys yn gyntaf.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>You ({0}) entered the first count of {1}; a different teller must enter the second.</source>
            <translation>Chi ({0}) a gofnododd gyfrif cyntaf {1}; rhaid i rifwr arall gofnodi'r ail.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Second entry for {0}, entered blind: count the papers yourself; the first entry is not shown.</source>
            <translation>Ail gofnod ar gyfer {0}, heb weld y cyntaf: cyfrifwch y papurau eich hun; nid yw'r cofnod cyntaf yn cael ei ddangos.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>First entry for {0}.</source>
            <translation>Cofnod cyntaf ar gyfer {0}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source> No papers were issued into this box.</source>
            <translation> Ni ddosbarthwyd unrhyw bapurau i'r blwch hwn.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Count of {0}</source>
            <translation>Cyfrif {0}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Ballot paper account: {0}</source>
            <translation>Cyfrif papurau pleidleisio: {0}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{0} (as typed)</source>
            <translation>{0} (fel y'i teipiwyd)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>not yet counted</source>
            <translation>heb ei gyfrif eto</translation>
        </message>
        <message>
            <location line="+22" />
            <source>&lt;b&gt;The entries for {0} differ&lt;/b&gt; on: {1}. Order a recount, or accept one teller's entry after checking the papers.</source>
            <translation>&lt;b&gt;Mae'r cofnodion ar gyfer {0} yn wahanol&lt;/b&gt; o ran: {1}. Gorchmynnwch ailgyfrif, neu derbyniwch gofnod un rhifwr ar ôl gwirio'r papurau.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Accept entry by {0}…</source>
            <translation>Derbyn cofnod {0}…</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+93" />
            <source>Accept entry by {0}</source>
            <translation>Derbyn cofnod {0}</translation>
        </message>
        <message>
            <location line="-91" />
            <source>Make {0}'s entry for {1} definitive (a reason is required)</source>
            <translation>Gwneud cofnod {0} ar gyfer {1} yn derfynol (mae angen rheswm)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&lt;b&gt;{0}&lt;/b&gt;: more papers found than issued; order a recount.</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;: canfuwyd mwy o bapurau nag a ddosbarthwyd; gorchmynnwch ailgyfrif.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;b&gt;{0}&lt;/b&gt;: papers were not returned; explain the shortfall.</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;: ni ddychwelwyd rhai papurau; eglurwch y diffyg.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0}: shortfall explained: {1}</source>
            <translation>{0}: eglurwyd y diffyg: {1}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Also to resolve: {0}.</source>
            <translation>I'w datrys hefyd: {0}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing for the chair to resolve in this box.</source>
            <translation>Does dim i'r cadeirydd ei ddatrys yn y blwch hwn.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Your name, as the teller entering counts:</source>
            <translation>Eich enw, fel y rhifwr sy'n cofnodi'r cyfrifon:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The teller must give their name.</source>
            <translation>Rhaid i'r rhifwr roi ei enw.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Why is {0} recounted? (the chair's reason, required)</source>
            <translation>Pam mae {0} yn cael ei ailgyfrif? (rheswm y cadeirydd, gofynnol)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Recount of {0} ordered; its entries are set aside.</source>
            <translation>Gorchmynnwyd ailgyfrif {0}; mae ei gofnodion wedi'u rhoi o'r neilltu.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Why is {0}'s entry for {1} accepted? (required)</source>
            <translation>Pam mae cofnod {0} ar gyfer {1} yn cael ei dderbyn? (gofynnol)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{0}'s entry for {1} was accepted by the chair.</source>
            <translation>Derbyniodd y cadeirydd gofnod {0} ar gyfer {1}.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{0} paper(s) from {1} were not returned. Why?</source>
            <translation>Ni ddychwelwyd {0} papur o {1}. Pam?</translation>
        </message>
    </context>
    <context>
        <name>DeskPage</name>
        <message>
            <location filename="../../ballotdesk/ui/pages/desk.py" line="+55" />
            <source>No quorum set: {0} present may vote</source>
            <translation>Dim cworwm wedi'i osod: {0} yn bresennol yn gymwys i bleidleisio</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quorum met: {0} of {1} needed</source>
            <translation>Cworwm wedi'i gyrraedd: {0} o'r {1} sydd eu hangen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quorum NOT met: {0} of {1} needed ({2} more)</source>
            <translation>Cworwm HEB ei gyrraedd: {0} o'r {1} sydd eu hangen ({2} arall)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Registered: {0}    May vote and present: {1}    Guests: {2}    Departed: {3}</source>
            <translation>Wedi cofrestru: {0}    Yn bresennol ac yn gymwys i bleidleisio: {1}    Gwesteion: {2}    Wedi gadael: {3}</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Search members</source>
            <translation>Chwilio am aelodau</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type a name or membership number; Up and Down choose a result; Enter registers; Ctrl+Z undoes.</source>
            <translation>Teipiwch enw neu rif aelodaeth; mae Saeth i Fyny a Saeth i Lawr yn dewis canlyniad; mae Enter yn cofrestru; mae Ctrl+Z yn dadwneud.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type a name or membership number, then press Enter</source>
            <translation>Teipiwch enw neu rif aelodaeth, yna pwyswch Enter</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Search results</source>
            <translation>Canlyniadau chwilio</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Search hint</source>
            <translation>Awgrym chwilio</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Registration status</source>
            <translation>Statws cofrestru</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Attendance figures</source>
            <translation>Ffigurau presenoldeb</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quorum</source>
            <translation>Cworwm</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Ready. Type a name or membership number.</source>
            <translation>Yn barod. Teipiwch enw neu rif aelodaeth.</translation>
        </message>
        <message>
            <location line="+35" />
            <source> (first {0}; type more to narrow)</source>
            <translation> (y {0} cyntaf; teipiwch ragor i gyfyngu)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} found{1}. Up/Down to choose, Enter to register.</source>
            <translation>{0} wedi'u canfod{1}. Saethau i fyny/i lawr i ddewis, Enter i gofrestru.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No member matches '{0}'. Enter looks up a full membership number; Ctrl+Shift+P adds a provisional attendee.</source>
            <translation>Does dim aelod yn cyfateb i '{0}'. Mae Enter yn chwilio am rif aelodaeth llawn; mae Ctrl+Shift+P yn ychwanegu mynychwr dros dro.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type a name or membership number.</source>
            <translation>Teipiwch enw neu rif aelodaeth.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Registration</source>
            <translation>Cofrestru</translation>
        </message>
        <message>
            <location line="+7" />
            <source>NOT ON THE ROLL: {0}. Check the number, or add a provisional attendee (Ctrl+Shift+P).</source>
            <translation>DDIM AR Y RHESTR AELODAU: {0}. Gwiriwch y rhif, neu ychwanegwch fynychwr dros dro (Ctrl+Shift+P).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>may vote</source>
            <translation>yn gymwys i bleidleisio</translation>
        </message>
        <message>
            <location line="+0" />
            <source>may not vote because {0}</source>
            <translation>ddim yn gymwys i bleidleisio oherwydd {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ALREADY REGISTERED at {0}: {1} — {2}</source>
            <translation>WEDI COFRESTRU EISOES am {0}: {1} — {2}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>REGISTERED — MAY VOTE: {0} — {1}</source>
            <translation>WEDI COFRESTRU — YN GYMWYS I BLEIDLEISIO: {0} — {1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>REGISTERED — MAY ATTEND BUT NOT VOTE: {0} because {1}</source>
            <translation>WEDI COFRESTRU — CAEL BOD YN BRESENNOL OND NID PLEIDLEISIO: {0} oherwydd {1}</translation>
        </message>
        <message>
            <location line="+21" />
            <source>NO ballot paper for {0}: {1}</source>
            <translation>DIM papur pleidleisio i {0}: {1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ballot paper: {0} — box {1}</source>
            <translation>Papur pleidleisio: {0} — blwch {1}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>NOT UNDONE: {0}</source>
            <translation>HEB EI DDADWNEUD: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo registration</source>
            <translation>Dadwneud y cofrestru</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing to undo: nobody is registered.</source>
            <translation>Dim i'w ddadwneud: does neb wedi cofrestru.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>UNDONE: registration of {0}{1} taken back.</source>
            <translation>WEDI'I DDADWNEUD: mae cofrestriad {0}{1} wedi'i dynnu'n ôl.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Add guest</source>
            <translation>Ychwanegu gwestai</translation>
        </message>
        <message>
            <location line="+2" />
            <source>GUEST REGISTERED — MAY ATTEND, NEVER VOTES: {0}</source>
            <translation>GWESTAI WEDI COFRESTRU — CAEL BOD YN BRESENNOL, BYTH YN PLEIDLEISIO: {0}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Add provisional attendee</source>
            <translation>Ychwanegu mynychwr dros dro</translation>
        </message>
        <message>
            <location line="+4" />
            <source>PROVISIONAL — MAY ATTEND; MAY VOTE ONLY IF THE CHAIR APPROVES: {0} ({1})</source>
            <translation>DROS DRO — CAEL BOD YN BRESENNOL; CAEL PLEIDLEISIO DIM OND OS YW'R CADEIRYDD YN CYMERADWYO: {0} ({1})</translation>
        </message>
        <message>
            <location line="+23" />
            <source>No meeting is open. Use File › Open or File › New.</source>
            <translation>Does dim cyfarfod ar agor. Defnyddiwch Ffeil › Agor neu Ffeil › Newydd.</translation>
        </message>
    </context>
    <context>
        <name>Domain</name>
        <message>
            <location filename="../../ballotdesk/ui/domain_text.py" line="+21" />
            <source>most votes (plurality)</source>
            <translation>y nifer mwyaf o bleidleisiau (mwyafrif syml)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>absolute majority (more than half)</source>
            <translation>mwyafrif llwyr (mwy na hanner)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>two-thirds majority (at least two-thirds)</source>
            <translation>mwyafrif o ddwy ran o dair (o leiaf dwy ran o dair)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>three-quarters majority (at least three-quarters)</source>
            <translation>mwyafrif o dair rhan o bedair (o leiaf tair rhan o bedair)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>votes cast for options (abstentions, blank and rejected papers not counted)</source>
            <translation>pleidleisiau a fwriwyd dros y dewisiadau (heb gyfrif ymataliadau, papurau gwag na phapurau a wrthodwyd)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>votes cast for options plus rejected papers (abstentions and blank papers not counted)</source>
            <translation>pleidleisiau a fwriwyd dros y dewisiadau ynghyd â phapurau a wrthodwyd (heb gyfrif ymataliadau na phapurau gwag)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>votes cast for options plus abstentions and blank papers (rejected papers not counted)</source>
            <translation>pleidleisiau a fwriwyd dros y dewisiadau ynghyd ag ymataliadau a phapurau gwag (heb gyfrif papurau a wrthodwyd)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>all papers found in the boxes</source>
            <translation>pob papur a ganfuwyd yn y blychau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>members present and entitled to vote</source>
            <translation>aelodau sy'n bresennol ac yn gymwys i bleidleisio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>draft (being set up)</source>
            <translation>drafft (wrthi'n cael ei threfnu)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>open (voting in progress)</source>
            <translation>ar agor (y pleidleisio ar y gweill)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>closed (voting finished, not yet counted)</source>
            <translation>ar gau (y pleidleisio wedi gorffen, heb ei chyfrif eto)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>counting</source>
            <translation>wrthi'n cyfrif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>counted (waiting to be declared)</source>
            <translation>wedi'i chyfrif (yn aros i'r canlyniad gael ei gyhoeddi)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>declared</source>
            <translation>wedi'i chyhoeddi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Papers found</source>
            <translation>Papurau a ganfuwyd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Abstentions and blank papers</source>
            <translation>Ymataliadau a phapurau gwag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rejected papers</source>
            <translation>Papurau a wrthodwyd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Membership number</source>
            <translation>Rhif aelodaeth</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First name</source>
            <translation>Enw cyntaf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last name</source>
            <translation>Cyfenw</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ward or branch</source>
            <translation>Ward neu gangen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postcode</source>
            <translation>Cod post</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Join date</source>
            <translation>Dyddiad ymuno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Membership status</source>
            <translation>Statws aelodaeth</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email address</source>
            <translation>Cyfeiriad e-bost</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <location filename="../../ballotdesk/ui/guide.py" line="+28" />
            <source>BallotDesk User Guide</source>
            <translation>Canllaw Defnyddwyr BallotDesk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User guide</source>
            <translation>Canllaw defnyddwyr</translation>
        </message>
        <message>
            <location line="+3" />
            <source>User guide text</source>
            <translation>Testun y canllaw defnyddwyr</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Close the guide</source>
            <translation>Cau'r canllaw</translation>
        </message>
    </context>
    <context>
        <name>Header</name>
        <message>
            <location filename="../../ballotdesk/ui/models/attendance.py" line="+21" />
            <location filename="../../ballotdesk/ui/models/ballots_model.py" line="+211" />
            <location filename="../../ballotdesk/ui/models/desk.py" line="+19" />
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../ballotdesk/ui/models/ballots_model.py" line="+1" />
            <location filename="../../ballotdesk/ui/models/desk.py" line="+1" />
            <location filename="../../ballotdesk/ui/models/roll.py" line="+28" />
            <source>Number</source>
            <translation>Rhif</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../ballotdesk/ui/models/ballots_model.py" line="-65" />
            <source>Kind</source>
            <translation>Math</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../ballotdesk/ui/models/desk.py" line="+1" />
            <location filename="../../ballotdesk/ui/models/roll.py" line="+3" />
            <source>Ward</source>
            <translation>Ward</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../ballotdesk/ui/models/desk.py" line="+3" />
            <location filename="../../ballotdesk/ui/models/roll.py" line="+5" />
            <source>Registered</source>
            <translation>Wedi cofrestru</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>Gan</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../ballotdesk/ui/models/desk.py" line="-1" />
            <location filename="../../ballotdesk/ui/models/roll.py" line="-1" />
            <source>May vote</source>
            <translation>Cymwys i bleidleisio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Rheswm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Departed</source>
            <translation>Wedi gadael</translation>
        </message>
        <message>
            <location filename="../../ballotdesk/ui/models/ballots_model.py" line="-1" />
            <source>Title</source>
            <translation>Teitl</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../ballotdesk/ui/models/roll.py" line="-1" />
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Round</source>
            <translation>Rownd</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+28" />
            <location filename="../../ballotdesk/ui/models/count_model.py" line="+57" />
            <source>Papers issued</source>
            <translation>Papurau a ddosbarthwyd</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+36" />
            <location filename="../../ballotdesk/ui/models/count_model.py" line="-1" />
            <source>Box</source>
            <translation>Blwch</translation>
        </message>
        <message>
            <location line="-34" />
            <source>Spoilt and replaced</source>
            <translation>Wedi'u difetha a'u disodli</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Withdrawn</source>
            <translation>Wedi'u tynnu'n ôl</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Paper no.</source>
            <translation>Rhif y papur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Issued at</source>
            <translation>Amser dosbarthu</translation>
        </message>
        <message>
            <location filename="../../ballotdesk/ui/models/count_model.py" line="+2" />
            <source>Papers found</source>
            <translation>Papurau a ganfuwyd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Count</source>
            <translation>Cyfrif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ballot paper account</source>
            <translation>Cyfrif papurau pleidleisio</translation>
        </message>
        <message>
            <location filename="../../ballotdesk/ui/models/desk.py" line="-1" />
            <location filename="../../ballotdesk/ui/models/roll.py" line="-2" />
            <source>Postcode</source>
            <translation>Cod post</translation>
        </message>
        <message>
            <location filename="../../ballotdesk/ui/models/result_model.py" line="+51" />
            <source>Option</source>
            <translation>Dewis</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Total</source>
            <translation>Cyfanswm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>% of base</source>
            <translation>% o'r sail</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Round {0}</source>
            <translation>Rownd {0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Candidate</source>
            <translation>Ymgeisydd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Outcome</source>
            <translation>Canlyniad</translation>
        </message>
        <message>
            <location filename="../../ballotdesk/ui/models/roll.py" line="-3" />
            <source>First name</source>
            <translation>Enw cyntaf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last name</source>
            <translation>Cyfenw</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Joined</source>
            <translation>Ymunodd</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../ballotdesk/ui/import_dialog.py" line="+54" />
            <source>comma</source>
            <translation>coma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>semicolon</source>
            <translation>hanner colon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>tab</source>
            <translation>tab</translation>
        </message>
        <message>
            <location line="+1" />
            <source>vertical bar</source>
            <translation>bar fertigol</translation>
        </message>
        <message>
            <location line="+7" />
            <source>— not imported —</source>
            <translation>— heb ei fewnforio —</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Import roll — {0}</source>
            <translation>Mewnforio'r rhestr aelodau — {0}</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+1" />
            <source>Import</source>
            <translation>Mewnforio</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <location line="+16" />
            <source>File: {0}
Encoding: {1}    Delimiter: {2}    Columns: {3}</source>
            <translation>Ffeil: {0}
Amgodiad: {1}    Amffinydd: {2}    Colofnau: {3}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Detected file format</source>
            <translation>Fformat y ffeil a ganfuwyd</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Column mapping</source>
            <translation>Paru colofnau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Column in the file</source>
            <translation>Colofn yn y ffeil</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Imported as</source>
            <translation>Mewnforio fel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First value</source>
            <translation>Gwerth cyntaf</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(column {0})</source>
            <translation>(colofn {0})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Field for column {0}</source>
            <translation>Maes ar gyfer colofn {0}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Date format</source>
            <translation>Fformat dyddiad</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Mapping problem</source>
            <translation>Problem paru</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Preview of the first rows</source>
            <translation>Rhagolwg o'r rhesi cyntaf</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Columns</source>
            <translation>Colofnau</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Join dates are written:</source>
            <translation>Mae dyddiadau ymuno wedi'u hysgrifennu:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Preview: the first {0} rows</source>
            <translation>Rhagolwg: y {0} rhes gyntaf</translation>
        </message>
        <message>
            <location line="+23" />
            <source>{0} is chosen for more than one column; choose it once.</source>
            <translation>Mae {0} wedi'i ddewis ar gyfer mwy nag un golofn; dewiswch ef unwaith.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the column holding the membership number: members are matched by it.</source>
            <translation>Dewiswch y golofn sy'n cynnwys y rhif aelodaeth: caiff aelodau eu paru yn ôl y rhif hwnnw.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Importing {0}…</source>
            <translation>Wrthi'n mewnforio {0}…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Importing the roll</source>
            <translation>Wrthi'n mewnforio'r rhestr aelodau</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>Cancel import</source>
            <translation>Canslo'r mewnforio</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import progress</source>
            <translation>Cynnydd y mewnforio</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cancelling: undoing everything imported so far…</source>
            <translation>Wrthi'n canslo: yn dadwneud popeth a fewnforiwyd hyd yma…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Import cancelled: nothing was written; the roll is unchanged.</source>
            <translation>Canslwyd y mewnforio: ni ysgrifennwyd dim; mae'r rhestr aelodau heb ei newid.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The import failed and nothing was written:
{0}</source>
            <translation>Methodd y mewnforio ac ni ysgrifennwyd dim:
{0}</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+1" />
            <source>Close</source>
            <translation>Cau</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Import result</source>
            <translation>Canlyniad y mewnforio</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Import figures</source>
            <translation>Ffigurau'r mewnforio</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <source>Skipped rows</source>
            <translation>Rhesi a hepgorwyd</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Import finished: {0}</source>
            <translation>Mewnforio wedi gorffen: {0}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>
Check: {0:,} members were not in this file and are now marked as left. If this was not the complete export, import the complete one.</source>
            <translation>
Gwiriwch: doedd {0:,} aelod ddim yn y ffeil hon ac maen nhw bellach wedi'u nodi fel rhai sydd wedi gadael. Os nad hwn oedd yr allforiad cyflawn, mewnforiwch yr un cyflawn.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New members imported: {0:,}
Members updated: {1:,}
Unchanged: {2:,}
Marked as left (not in this file): {3:,}
Rows skipped: {4:,}</source>
            <translation>Aelodau newydd a fewnforiwyd: {0:,}
Aelodau a ddiweddarwyd: {1:,}
Heb eu newid: {2:,}
Wedi'u nodi fel wedi gadael (ddim yn y ffeil hon): {3:,}
Rhesi a hepgorwyd: {4:,}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Line {0}: {1}</source>
            <translation>Llinell {0}: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skipped rows ({0}) — fix them in the file and import again</source>
            <translation>Rhesi a hepgorwyd ({0}) — cywirwch nhw yn y ffeil a mewnforio eto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skipped rows: none</source>
            <translation>Rhesi a hepgorwyd: dim</translation>
        </message>
    </context>
    <context>
        <name>IssueDialog</name>
        <message>
            <location filename="../../ballotdesk/ui/ballot_dialog.py" line="+120" />
            <source>Issue papers: {0}</source>
            <translation>Dosbarthu papurau: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Registered attendees who may vote and hold no paper for this ballot. Select one or more (Ctrl or Shift for several), choose the box, then Issue.</source>
            <translation>Y rhai sydd wedi cofrestru, sy'n gymwys i bleidleisio ac sydd heb bapur ar gyfer y bleidlais hon. Dewiswch un neu ragor (Ctrl neu Shift i ddewis sawl un), dewiswch y blwch, yna Dosbarthu.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>Find by name or number</source>
            <translation>Chwilio yn ôl enw neu rif</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Attendees without a paper</source>
            <translation>Y rhai sy'n bresennol heb bapur</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Select &amp;all shown</source>
            <translation>Dewis &amp;pob un a ddangosir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Select all shown</source>
            <translation>Dewis pob un a ddangosir</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Into &amp;box:</source>
            <translation>I'r &amp;blwch:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Box</source>
            <translation>Blwch</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Issue</source>
            <translation>&amp;Dosbarthu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Issue</source>
            <translation>Dosbarthu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{0} selected</source>
            <translation>{0} wedi'u dewis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everyone present holds a paper.</source>
            <translation>Mae gan bawb sy'n bresennol bapur.</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="../../ballotdesk/ui/language.py" line="+29" />
            <source>&amp;Language</source>
            <translation>&amp;Iaith</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Language</source>
            <translation>Iaith</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show BallotDesk in {0}</source>
            <translation>Dangos BallotDesk yn {0}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ballotdesk/ui/main_window.py" line="+71" />
            <source>Pages</source>
            <translation>Tudalennau</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Open &amp;Recent</source>
            <translation>Agor &amp;Diweddar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Quorum</source>
            <translation>Cworwm</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Audit log</source>
            <translation>Log archwilio</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Backups</source>
            <translation>Copïau wrth gefn</translation>
        </message>
        <message>
            <location line="+39" />
            <source>&amp;File</source>
            <translation>&amp;Ffeil</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Edit</source>
            <translation>&amp;Golygu</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;View</source>
            <translation>Gwe&amp;ld</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Help</source>
            <translation>&amp;Cymorth</translation>
        </message>
        <message>
            <location line="+37" />
            <source>New meeting</source>
            <translation>Cyfarfod newydd</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Open meeting</source>
            <translation>Agor cyfarfod</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Opened {0}. Every change is saved as it is made.</source>
            <translation>Agorwyd {0}. Caiff pob newid ei gadw wrth iddo gael ei wneud.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Save a copy</source>
            <translation>Cadw copi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A copy was saved to {0}.</source>
            <translation>Cadwyd copi yn {0}.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>About BallotDesk</source>
            <translation>Ynghylch BallotDesk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>BallotDesk {0}
Run in-person meeting ballots: roll, registration desk, papers, counts and result sheets, entirely offline.
Licence: GPL-3.0-or-later.</source>
            <translation>BallotDesk {0}
Cynnal pleidleisiau mewn cyfarfodydd wyneb yn wyneb: rhestr aelodau, desg gofrestru, papurau, cyfrifon a thaflenni canlyniad, a'r cyfan all-lein.
Trwydded: GPL-3.0-or-later.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>No recent meetings</source>
            <translation>Dim cyfarfodydd diweddar</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No meeting open</source>
            <translation>Does dim cyfarfod ar agor</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Audit log intact: {0} events</source>
            <translation>Log archwilio'n gyfan: {0} digwyddiad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Latest audit digest: {0}</source>
            <translation>Crynhoad archwilio diweddaraf: {0}</translation>
        </message>
    </context>
    <context>
        <name>MeetingPage</name>
        <message>
            <location filename="../../ballotdesk/ui/pages/meeting.py" line="+61" />
            <source>Meeting</source>
            <translation>Cyfarfod</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Date:</source>
            <translation>Dyddiad:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rules</source>
            <translation>Rheolau</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Members who joined after this date may attend but not vote</source>
            <translation>Caiff aelodau a ymunodd ar ôl y dyddiad hwn fod yn bresennol ond nid pleidleisio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use a cut-off date</source>
            <translation>Defnyddio dyddiad terfyn</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cut-off:</source>
            <translation>Dyddiad terfyn:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>When no status is ticked, every status may vote.</source>
            <translation>Pan nad oes statws wedi'i dicio, caiff pob statws bleidleisio.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Voting statuses:</source>
            <translation>Statysau pleidleisio:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Quorum</source>
            <translation>Cworwm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a number (40) or a percentage (5%)</source>
            <translation>nifer (40) neu ganran (5%)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Quorum:</source>
            <translation>Cworwm:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Four-eyes counting: two tellers enter each box's count independently</source>
            <translation>Cyfrif pedwar llygad: mae dau rifwr yn cofnodi cyfrif pob blwch yn annibynnol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Four-eyes counting</source>
            <translation>Cyfrif pedwar llygad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Counting:</source>
            <translation>Cyfrif:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save changes</source>
            <translation>Cadw'r newidiadau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save meeting details</source>
            <translation>Cadw manylion y cyfarfod</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discard changes</source>
            <translation>Hepgor y newidiadau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard unsaved meeting changes</source>
            <translation>Hepgor newidiadau heb eu cadw i'r cyfarfod</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save status</source>
            <translation>Statws cadw</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Roll</source>
            <translation>Rhestr aelodau</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attendance</source>
            <translation>Presenoldeb</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Chair and personal data</source>
            <translation>Y cadeirydd a data personol</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+86" />
            <source>Change chair PIN…</source>
            <translation>Newid PIN y cadeirydd…</translation>
        </message>
        <message>
            <location line="-85" />
            <source>Change chair PIN</source>
            <translation>Newid PIN y cadeirydd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set or change the PIN the chair types to declare results</source>
            <translation>Gosod neu newid y PIN y mae'r cadeirydd yn ei deipio i gyhoeddi canlyniadau</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Purge personal data…</source>
            <translation>Clirio data personol…</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+202" />
            <source>Purge personal data</source>
            <translation>Clirio data personol</translation>
        </message>
        <message>
            <location line="-201" />
            <source>After the meeting: remove names and contact details, keep the figures and the audit log</source>
            <translation>Ar ôl y cyfarfod: dileu enwau a manylion cyswllt, cadw'r ffigurau a'r log archwilio</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Chair PIN state</source>
            <translation>Statws PIN y cadeirydd</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Unsaved changes.</source>
            <translation>Newidiadau heb eu cadw.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No meeting is open.</source>
            <translation>Does dim cyfarfod ar agor.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The chair's PIN is set: declaring, amending and changing the rules ask for it.</source>
            <translation>Mae PIN y cadeirydd wedi'i osod: mae angen ei roi i gyhoeddi, diwygio a newid y rheolau.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No chair's PIN is set: anyone at this laptop can declare results.</source>
            <translation>Does dim PIN cadeirydd wedi'i osod: gall unrhyw un wrth y gliniadur hwn gyhoeddi canlyniadau.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set chair PIN…</source>
            <translation>Gosod PIN y cadeirydd…</translation>
        </message>
        <message>
            <location line="+33" />
            <location line="+8" />
            <source>(no status)</source>
            <translation>(dim statws)</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Status {0} may vote</source>
            <translation>Caiff statws {0} bleidleisio</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{0} ({1:,} members)</source>
            <translation>{0} ({1:,} aelod)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import the roll to choose which statuses may vote.</source>
            <translation>Mewnforiwch y rhestr aelodau i ddewis pa statysau gaiff bleidleisio.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick the statuses that may vote. When none is ticked, every status may vote.</source>
            <translation>Ticiwch y statysau sy'n cael pleidleisio. Pan nad oes un wedi'i dicio, caiff pob statws bleidleisio.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Save meeting</source>
            <translation>Cadw'r cyfarfod</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Saved {0} change(s): {1}.</source>
            <translation>Cadwyd {0} newid: {1}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing changed.</source>
            <translation>Dim wedi newid.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>none</source>
            <translation>dim</translation>
        </message>
        <message>
            <location line="+2" />
            <source>On the roll: {0:,}
May vote under the rules: {1:,}
May attend but not vote: {2:,}
Statuses: {3}
Cut-off: {4}</source>
            <translation>Ar y rhestr aelodau: {0:,}
Yn gymwys i bleidleisio dan y rheolau: {1:,}
Cael bod yn bresennol ond nid pleidleisio: {2:,}
Statysau: {3}
Dyddiad terfyn: {4}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{0} of {1:,} eligible members = {2:,} needed.</source>
            <translation>{0} o {1:,} aelod cymwys = angen {2:,}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{0:,} members who may vote must be present.</source>
            <translation>Rhaid i {0:,} aelod sy'n gymwys i bleidleisio fod yn bresennol.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Chair's PIN</source>
            <translation>PIN y cadeirydd</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The chair's PIN was changed.</source>
            <translation>Newidiwyd PIN y cadeirydd.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The chair's PIN was set.</source>
            <translation>Gosodwyd PIN y cadeirydd.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Removed the personal data of {0:,} member(s) and {1:,} guest(s) or provisional attendee(s). The figures, results and audit log are kept, and the audit log still verifies.</source>
            <translation>Dilëwyd data personol {0:,} aelod a {1:,} gwestai neu fynychwr dros dro. Mae'r ffigurau, y canlyniadau a'r log archwilio wedi'u cadw, ac mae'r log archwilio'n dal i wirio'n gywir.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There was no personal data left to remove; nothing was changed.</source>
            <translation>Doedd dim data personol ar ôl i'w ddileu; ni newidiwyd dim.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0:,} earlier audit event(s) still hold the names they recorded (members added or corrected by hand, guests, provisional attendees, undone registrations): the audit chain forbids changing them. To remove those too, export the figures and delete the file.</source>
            <translation>Mae {0:,} digwyddiad archwilio cynharach yn dal i gynnwys yr enwau a gofnodwyd ganddynt (aelodau a ychwanegwyd neu a gywirwyd â llaw, gwesteion, mynychwyr dros dro, cofrestriadau a ddadwnaed): nid yw'r gadwyn archwilio'n caniatáu eu newid. I ddileu'r rheini hefyd, allforiwch y ffigurau a dilëwch y ffeil.</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <location filename="../../ballotdesk/ui/member_dialog.py" line="+53" />
            <source>Edit member</source>
            <translation>Golygu aelod</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add member</source>
            <translation>Ychwanegu aelod</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Known</source>
            <translation>Yn hysbys</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Join date known</source>
            <translation>Dyddiad ymuno'n hysbys</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The membership number identifies the member and cannot change.</source>
            <translation>Mae'r rhif aelodaeth yn adnabod yr aelod ac ni ellir ei newid.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>A member needs a membership number.</source>
            <translation>Mae angen rhif aelodaeth ar bob aelod.</translation>
        </message>
    </context>
    <context>
        <name>Models</name>
        <message>
            <location filename="../../ballotdesk/ui/models/attendance.py" line="+3" />
            <source>Member</source>
            <translation>Aelod</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Guest</source>
            <translation>Gwestai</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Provisional</source>
            <translation>Dros dro</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Left {0}</source>
            <translation>Gadawodd {0}</translation>
        </message>
        <message>
            <location filename="../../ballotdesk/ui/models/ballots_model.py" line="-88" />
            <source>  (desk issues here)</source>
            <translation>  (y ddesg yn dosbarthu yma)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Motion</source>
            <translation>Cynnig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Election</source>
            <translation>Etholiad</translation>
        </message>
        <message>
            <location filename="../../ballotdesk/ui/models/count_model.py" line="-39" />
            <source>No papers issued</source>
            <translation>Dim papurau wedi'u dosbarthu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Waiting for the first entry</source>
            <translation>Yn aros am y cofnod cyntaf</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Waiting for a second teller</source>
            <translation>Yn aros am ail rifwr</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Entries differ ({0}): chair to resolve</source>
            <translation>Y cofnodion yn wahanol ({0}): i'r cadeirydd ei ddatrys</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Definitive, but more papers found than issued: recount</source>
            <translation>Terfynol, ond canfuwyd mwy o bapurau nag a ddosbarthwyd: ailgyfrif</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Definitive; shortfall to be explained by the chair</source>
            <translation>Terfynol; y cadeirydd i egluro'r diffyg</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Definitive</source>
            <translation>Terfynol</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{0} issued; not yet counted</source>
            <translation>{0} wedi'u dosbarthu; heb eu cyfrif eto</translation>
        </message>
        <message>
            <location line="+3" />
            <source> Explained: {0}</source>
            <translation> Eglurhad: {0}</translation>
        </message>
        <message>
            <location filename="../../ballotdesk/ui/models/format.py" line="+36" />
            <source>Yes</source>
            <translation>Ydy</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+7" />
            <source>No</source>
            <translation>Nac ydy</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Yes, {0}</source>
            <translation>Ydy, {0}</translation>
        </message>
        <message>
            <location filename="../../ballotdesk/ui/models/roll.py" line="+116" />
            <source> (left the roll)</source>
            <translation> (wedi gadael y rhestr)</translation>
        </message>
    </context>
    <context>
        <name>NewMeetingDialog</name>
        <message>
            <location filename="../../ballotdesk/ui/dialogs.py" line="+73" />
            <source>New meeting</source>
            <translation>Cyfarfod newydd</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Title</source>
            <translation>Teitl</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Meeting date</source>
            <translation>Dyddiad y cyfarfod</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date:</source>
            <translation>Dyddiad:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Venue</source>
            <translation>Lleoliad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Members who joined after this date may not vote</source>
            <translation>Ni chaiff aelodau a ymunodd ar ôl y dyddiad hwn bleidleisio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use a cut-off date</source>
            <translation>Defnyddio dyddiad terfyn</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cut-off date</source>
            <translation>Dyddiad terfyn</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cut-off:</source>
            <translation>Dyddiad terfyn:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quorum</source>
            <translation>Cworwm</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a number (40) or a percentage of eligible members (5%)</source>
            <translation>nifer (40) neu ganran o'r aelodau cymwys (5%)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chair's PIN</source>
            <translation>PIN y cadeirydd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>4 to 12 digits; needed to declare results and change the rules</source>
            <translation>4 i 12 digid; ei angen i gyhoeddi canlyniadau a newid y rheolau</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Meeting file</source>
            <translation>Ffeil y cyfarfod</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose…</source>
            <translation>Dewis…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose where to save the meeting file</source>
            <translation>Dewiswch ble i gadw ffeil y cyfarfod</translation>
        </message>
        <message>
            <location line="+5" />
            <source>File:</source>
            <translation>Ffeil:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Create</source>
            <translation>Creu</translation>
        </message>
        <message>
            <location line="+23" />
            <source>New meeting file</source>
            <translation>Ffeil cyfarfod newydd</translation>
        </message>
        <message>
            <location line="+22" />
            <source>A meeting needs a title.</source>
            <translation>Mae angen teitl ar gyfarfod.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose where to save the meeting file.</source>
            <translation>Dewiswch ble i gadw ffeil y cyfarfod.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{0} already exists; choose another name.</source>
            <translation>Mae {0} yn bodoli eisoes; dewiswch enw arall.</translation>
        </message>
    </context>
    <context>
        <name>Page</name>
        <message>
            <location filename="../../ballotdesk/ui/pages/__init__.py" line="+12" />
            <source>Meeting</source>
            <translation>Cyfarfod</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Roll</source>
            <translation>Rhestr aelodau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registration desk</source>
            <translation>Desg gofrestru</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attendance</source>
            <translation>Presenoldeb</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ballots</source>
            <translation>Pleidleisiau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count</source>
            <translation>Cyfrif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Result</source>
            <translation>Canlyniad</translation>
        </message>
    </context>
    <context>
        <name>PapersDialog</name>
        <message>
            <location filename="../../ballotdesk/ui/papers_dialog.py" line="+44" />
            <source>Print ballot papers</source>
            <translation>Argraffu papurau pleidleisio</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Numbered papers for &lt;b&gt;{0}&lt;/b&gt;. Each box gets its own batch with the box's name printed large, so papers cannot stray between boxes.</source>
            <translation>Papurau wedi'u rhifo ar gyfer &lt;b&gt;{0}&lt;/b&gt;. Mae pob blwch yn cael ei swp ei hun gydag enw'r blwch wedi'i argraffu'n fawr, fel na all papurau grwydro rhwng blychau.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>How many papers</source>
            <translation>Sawl papur</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Box</source>
            <translation>Blwch</translation>
        </message>
        <message>
            <location line="+4" />
            <source>First serial number</source>
            <translation>Rhif cyfresol cyntaf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A second batch continues the numbering, e.g. from 501</source>
            <translation>Mae ail swp yn parhau'r rhifo, e.e. o 501</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Serial prefix (optional)</source>
            <translation>Rhagddodiad cyfresol (dewisol)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>optional, e.g. OF- for the overflow batch</source>
            <translation>dewisol, e.e. GO- ar gyfer swp y gorlif</translation>
        </message>
        <message>
            <location line="+5" />
            <source>How &amp;many:</source>
            <translation>&amp;Sawl un:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Box:</source>
            <translation>&amp;Blwch:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;First serial:</source>
            <translation>Rhif cyfresol &amp;cyntaf:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Prefix:</source>
            <translation>&amp;Rhagddodiad:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Serial numbers that will be printed</source>
            <translation>Y rhifau cyfresol a gaiff eu hargraffu</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Preview</source>
            <translation>Rhagolwg</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Papers {0} to {1} ({2:,} in all).</source>
            <translation>Papurau {0} i {1} ({2:,} i gyd).</translation>
        </message>
    </context>
    <context>
        <name>PdfPagesModel</name>
        <message>
            <location filename="../../ballotdesk/ui/print_preview.py" line="+157" />
            <source>Page {0} of {1}</source>
            <translation>Tudalen {0} o {1}</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <location filename="../../ballotdesk/ui/dialogs.py" line="+22" />
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name:</source>
            <translation>Enw:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Register</source>
            <translation>Cofrestru</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Enter the person's name.</source>
            <translation>Rhowch enw'r unigolyn.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the {0}.</source>
            <translation>Rhowch y {0}.</translation>
        </message>
    </context>
    <context>
        <name>PrintPreviewDialog</name>
        <message>
            <location filename="../../ballotdesk/ui/print_preview.py" line="+116" />
            <source>Pages of the document</source>
            <translation>Tudalennau'r ddogfen</translation>
        </message>
        <message>
            <location line="+15" />
            <source>About this document</source>
            <translation>Am y ddogfen hon</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Number of pages</source>
            <translation>Nifer y tudalennau</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Zoom</source>
            <translation>Chwyddo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Zoom:</source>
            <translation>&amp;Chwyddo:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Paper size</source>
            <translation>Maint y papur</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Paper:</source>
            <translation>&amp;Papur:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Print…</source>
            <translation>&amp;Argraffu…</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+159" />
            <source>Print</source>
            <translation>Argraffu</translation>
        </message>
        <message>
            <location line="-158" />
            <source>Choose a printer and print these pages</source>
            <translation>Dewiswch argraffydd ac argraffu'r tudalennau hyn</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save as PDF…</source>
            <translation>Cadw fel P&amp;DF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save as PDF</source>
            <translation>Cadw fel PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save exactly this file, e.g. to e-mail it</source>
            <translation>Cadw'r union ffeil hon, e.e. i'w hanfon drwy e-bost</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close</source>
            <translation>Cau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close the preview</source>
            <translation>Cau'r rhagolwg</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Print and save status</source>
            <translation>Statws argraffu a chadw</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Nothing to show</source>
            <translation>Dim i'w ddangos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Preparing the document…</source>
            <translation>Wrthi'n paratoi'r ddogfen…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>1 page</source>
            <translation>1 dudalen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{0:,} pages</source>
            <translation>{0:,} tudalen</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Saved to {0}.</source>
            <translation>Cadwyd yn {0}.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Sent {0:,} page(s) to {1}.</source>
            <translation>Anfonwyd {0:,} tudalen i {1}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the printer</source>
            <translation>yr argraffydd</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The printer could not be started; check that it is connected and switched on, then try again.</source>
            <translation>Doedd dim modd cychwyn yr argraffydd; gwiriwch ei fod wedi'i gysylltu a'i droi ymlaen, yna rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Printing…</source>
            <translation>Wrthi'n argraffu…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
    </context>
    <context>
        <name>ProjectorControl</name>
        <message>
            <location filename="../../ballotdesk/ui/projector.py" line="+111" />
            <source>Projector display</source>
            <translation>Sgrin y taflunydd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Projector screen</source>
            <translation>Sgrin taflunio</translation>
        </message>
        <message>
            <location line="+7" />
            <source>What the projector shows</source>
            <translation>Beth mae'r taflunydd yn ei ddangos</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Ballot shown</source>
            <translation>Y bleidlais a ddangosir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Show on projector</source>
            <translation>&amp;Dangos ar y taflunydd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show on projector</source>
            <translation>Dangos ar y taflunydd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Close projector</source>
            <translation>C&amp;au'r taflunydd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close projector</source>
            <translation>Cau'r taflunydd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Screen:</source>
            <translation>Sgrin:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show:</source>
            <translation>Dangos:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ballot:</source>
            <translation>Pleidlais:</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The current ballot</source>
            <translation>Y bleidlais gyfredol</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <location line="-114" />
            <source>BallotDesk — projector</source>
            <translation>BallotDesk — taflunydd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Projector display</source>
            <translation>Sgrin y taflunydd</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Projector headline</source>
            <translation>Pennawd y taflunydd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Projector text</source>
            <translation>Testun y taflunydd</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <location filename="../../ballotdesk/ui/widgets/prompts.py" line="+25" />
            <source>Not done</source>
            <translation>Heb ei wneud</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Chair's PIN</source>
            <translation>PIN y cadeirydd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}

Chair's PIN:</source>
            <translation>{0}

PIN y cadeirydd:</translation>
        </message>
    </context>
    <context>
        <name>ResultBars</name>
        <message>
            <location filename="../../ballotdesk/ui/widgets/result_bars.py" line="+35" />
            <source>Result bars</source>
            <translation>Barrau'r canlyniad</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+37" />
            <source>No figures yet</source>
            <translation>Dim ffigurau eto</translation>
        </message>
        <message>
            <location line="-31" />
            <source>necessary</source>
            <translation>angenrheidiol</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <location filename="../../ballotdesk/ui/pages/result.py" line="+169" />
            <source>Result &amp;sheet…</source>
            <translation>&amp;Taflen canlyniad…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Result sheet</source>
            <translation>Taflen canlyniad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preview, print or save the signed result sheet (A4 or Letter)</source>
            <translation>Rhagolwg, argraffu neu gadw'r daflen canlyniad wedi'i llofnodi (A4 neu Letter)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport…</source>
            <translation>A&amp;llforio…</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+388" />
            <source>Export result</source>
            <translation>Allforio'r canlyniad</translation>
        </message>
        <message>
            <location line="-387" />
            <source>Save the result as CSV (for a spreadsheet) or JSON</source>
            <translation>Cadw'r canlyniad fel CSV (ar gyfer taenlen) neu JSON</translation>
        </message>
        <message>
            <location line="+348" />
            <source>round {0}</source>
            <translation>rownd {0}</translation>
        </message>
        <message>
            <location line="+23" />
            <source>This sheet is signed with this installation's certificate (fingerprint {0}). Save as PDF keeps the signature, so anyone can check the file with File › Verify a Result Sheet…; a printed copy shows the fingerprint in its footer.</source>
            <translation>Mae'r daflen hon wedi'i llofnodi â thystysgrif y gosodiad hwn (ôl bys {0}). Mae Cadw fel PDF yn cadw'r llofnod, felly gall unrhyw un wirio'r ffeil drwy Ffeil › Gwirio Taflen Canlyniad…; mae copi wedi'i argraffu yn dangos yr ôl bys yn ei droedyn.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+11" />
            <source>Result</source>
            <translation>Canlyniad</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Result sheet — {0}</source>
            <translation>Taflen canlyniad — {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Preparing and signing the result sheet…</source>
            <translation>Wrthi'n paratoi a llofnodi'r daflen canlyniad…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>CSV for a spreadsheet (*.csv);;JSON (*.json)</source>
            <translation>CSV ar gyfer taenlen (*.csv);;JSON (*.json)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose a file name ending in .csv (for a spreadsheet) or .json.</source>
            <translation>Dewiswch enw ffeil sy'n gorffen â .csv (ar gyfer taenlen) neu .json.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The result was saved to {0}.</source>
            <translation>Cadwyd y canlyniad yn {0}.</translation>
        </message>
    </context>
    <context>
        <name>RollPage</name>
        <message>
            <location filename="../../ballotdesk/ui/pages/roll.py" line="+56" />
            <source>Find on the roll</source>
            <translation>Chwilio ar y rhestr aelodau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Find by name, membership number or postcode…</source>
            <translation>Chwilio yn ôl enw, rhif aelodaeth neu god post…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Roll count</source>
            <translation>Nifer ar y rhestr aelodau</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Members on the roll</source>
            <translation>Aelodau ar y rhestr</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Tip: drop a CSV export on this page to import it.</source>
            <translation>Awgrym: llusgwch allforiad CSV i'r dudalen hon i'w fewnforio.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Roll hint</source>
            <translation>Awgrym am y rhestr aelodau</translation>
        </message>
        <message>
            <location line="+52" />
            <source>No meeting is open.</source>
            <translation>Does dim cyfarfod ar agor.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{0:,} members</source>
            <translation>{0:,} aelod</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0:,} matching</source>
            <translation>{0:,} yn cyfateb</translation>
        </message>
        <message>
            <location line="+1" />
            <source> ({0:,} loaded)</source>
            <translation> ({0:,} wedi'u llwytho)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Import roll</source>
            <translation>Mewnforio'r rhestr aelodau</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Edit member</source>
            <translation>Golygu aelod</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Select a member on the roll first.</source>
            <translation>Dewiswch aelod ar y rhestr yn gyntaf.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Save member</source>
            <translation>Cadw'r aelod</translation>
        </message>
    </context>
    <context>
        <name>VerificationDialog</name>
        <message>
            <location filename="../../ballotdesk/ui/integrity.py" line="+97" />
            <source>Verify a result sheet</source>
            <translation>Gwirio taflen canlyniad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>File: {0}</source>
            <translation>Ffeil: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>File checked</source>
            <translation>Y ffeil a wiriwyd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Verdict</source>
            <translation>Dyfarniad</translation>
        </message>
        <message>
            <location line="+8" />
            <source>What the check found</source>
            <translation>Yr hyn a ganfu'r gwiriad</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Signing certificate</source>
            <translation>Tystysgrif llofnodi</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Certificate fingerprint (SHA-256)</source>
            <translation>Ôl bys y dystysgrif (SHA-256)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Certificate fingerprint (SHA-256), as printed in the sheet's footer:</source>
            <translation>Ôl bys y dystysgrif (SHA-256), fel y'i hargraffwyd yn nhroedyn y daflen:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Close</source>
            <translation>Cau</translation>
        </message>
    </context>
    <context>
        <name>self.parent</name>
        <message>
            <location filename="../../ballotdesk/ui/dialogs.py" line="+150" />
            <source>Chair's PIN</source>
            <translation>PIN y cadeirydd</translation>
        </message>
    </context>
</TS>
