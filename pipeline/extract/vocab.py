"""Label vocabularies and sentence patterns shared by every certificate layout.

Each vocabulary is a list of regular-expression fragments, matched case-insensitively on
whole words. They are general rules gathered from many issuers' certificates; an issuer
profile can add its own labels on top.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SEP = r"[\s.:#°º-]*"

CODE_LABELS = [
    r"certificate"
    + _SEP
    + r"(?:id|no|nr|number|num|#|code|serial(?:\s*(?:no|number))?|identifier|key)",
    r"cert(?:ificate)?\.?" + _SEP + r"(?:id|no|nr|#)",
    r"credential" + _SEP + r"(?:id|no|number|#|code|url)",
    r"(?:validation|verification|verify|authentication)" + _SEP + r"(?:code|number|no|id|#|key)",
    r"serial" + _SEP + r"(?:no|number|#)",
    r"certification" + _SEP + r"(?:id|no|number|#)",
    r"(?:регистрационный\s+|реєстраційний\s+)?(?:номер|№)(?:\s+(?:сертификата|удостоверения|свидетельства|документа|сертифіката|посвідчення|свідоцтва))?",
    r"(?:сертификат|удостоверение|свидетельство|посвідчення|сертифікат|свідоцтво)\s*№",
    r"αρ(?:ιθμός|\.)\s*(?:πιστοποιητικού|βεβαίωσης|βεβαιωσης)|κωδικός\s+(?:επαλήθευσης|πιστοποιητικού|βεβαίωσης)",
    r"belge\s+(?:no|numarası)|sertifika\s+(?:numarası|kodu|no)",
    r"s[ốo]\s+(?:hi[ệe]u(?:\s+(?:ch[ứu]ng\s+nh[ậa]n|ch[ứu]ng\s+ch[ỉi]|văn\s+bằng))?|ch[ứu]ng\s+nh[ậa]n|ch[ứu]ng\s+ch[ỉi]|văn\s+bằng)|m[ãa]\s+(?:x[áa]c\s+th[ựu]c|ch[ứu]ng\s+nh[ậa]n|tra\s+c[ứu]u)|s[ốo](?=\s*:)",
    r"completion" + _SEP + r"(?:id|code|number|no)",
    r"(?:číslo|č\.)\s+(?:osvědčení|certifikátu|osvedčenia|certifikátu)|evidenční\s+číslo",
    r"certificate\s+reference(?:\s+(?:no|number))?",
    r"certificate(?=\s*#)",
    # "Certificate BLC-1127": the word, then only a code-shaped token to the line's end
    r"certificate(?=\s+(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,}\s*$)",
    r"n(?:uméro|umero|úmero|[°º]|o\.?)\s*(?:de\s*|du\s*)?certifica(?:t|do|to)",
    r"(?:certificat|attestation)\s*n[°º]",
    # The certificate's noun, then a number mark: "Attestato n. …", "Bescheinigung Nr. …".
    r"(?:attestat[oi]|certificat[oi]|certificado|za[śs]wiadczenie|[śs]wiadectwo|bescheinigung|"
    r"zertifikat|osv[ěe]d[čc]en[íi]|certifik[áa]t|intyg|diploma)\s*(?:n[°º.]|nr\.?|no\.|n[úu]m\.)",
    r"(?:n[°º.]?|num[ée]ro|número|numero|no\.?|nr\.?)\s*(?:de\s+|d['’]\s*|du\s+|dell['’]\s*|del\s+)?(?:attestation|attestat[oi]|dipl[oô]me|diploma|certificad[oa]|certificat[oi]|bescheinigung|zaświadczenia|certyfikatu|intyg[et]*)",
    r"certifi(?:kat|kaat)s?[-\s]*(?:id|nr|nummer|number)",
    r"id\s+(?:(?:de|del|do|du|da)\s+|dell['’]\s*)?(?:l['’]\s*)?(?:attestat[oi]|attestation|"
    r"certificat[oi]?|certificad[oa]|zertifikat[s]?|certificaat|diplom[ae]?)",
    r"c[óo]digo\s+(?:do|de|del)\s+(?:certificado|certifica[cç][aã]o|verifica[cç][aã]o|validaci[oó]n|autentica[cç][aã]o|valida[cç][aã]o)",
    r"codice\s+(?:del\s+)?(?:certificato|attestato|verifica)|code\s+du\s+certificat",
    r"(?:attestation|bescheinigungs|diplom)[-\s]*(?:id|nr|nummer|number|no)",
    r"zertifikat(?:s)?[-\s]*(?:nummer|nr|id|code)",
    r"(?:pr[üu]f|verifizierungs)[-\s]*(?:code|nummer)",
    r"c[oó]digo\s*de\s*(?:verificaci[oó]n|validaci[oó]n|certificado|verifica[cç][aã]o)",
    r"n[úu]mero\s*de\s*(?:validaci[oó]n|verificaci[oó]n|valida[cç][aã]o|verifica[cç][aã]o)",
    r"(?:code|num[ée]ro)\s*de\s*(?:validation|v[ée]rification)",
    r"(?:validierungs|verifikations)[-\s]*(?:nummer|code)",
    r"numero\s*di\s*(?:convalida|verifica)",
    r"id\s*(?:du|de|del|do)\s*certifica(?:t|do|to)",
    r"certificaatnummer",
    r"codice\s*(?:di\s*|dell['’]\s*|del\s*)?(?:verifica|certificato|convalida|attestato)",
    r"verificatie-?code|validatie-?code|certificaat-?code|sertifika\s+(?:no|numarası|kodu)|doğrulama\s+kodu",
    r"intygs?(?:nummer|-?id|nr)|certifikatnummer|(?:numer|nr)\s+(?:certyfikatu|zaświadczenia)",
    r"(?:cod|seria|num[ăa]r)\s+(?:(?:de\s+)?(?:verificare\s+)?(?:al\s+)?)?(?:certificat(?:ului)?|diplom[ăa]|adeverin[țţ][ăa]|verificare)",
]
# Labels beside a QR code: a code printed next to them is the certificate's, but often the QR
# code alone carries it, so they announce a printed code only where a code-shaped value is.
QR_CODE_LABELS = [
    r"scan\s+(?:to|and)\s+verify",
    r"scan\s+(?:the\s+)?qr(?:[-\s]*code)?\s+to\s+(?:verify|validate)",
]
# Labels that sometimes carry the code, sometimes something else: a candidate, but unsure.
WEAK_CODE_LABELS = [
    r"reference" + _SEP + r"(?:no|number|#|id|code)?",
    r"ref\." + _SEP + r"(?:no|#)?",
    r"record" + _SEP + r"(?:id|no|number)",
    r"(?<![\w-])id(?=\s*[:#])",
    r"(?<![\w-])code(?=\s*[:#])",
    # "Serial" or "Folio" before a colon or alone over its cell ("SERIAL" / "QS-88F1-02KD"):
    # they may number anything (a device, a page), so their value is read but checked.
    r"(?<![\w-])(?:serial|folio)(?=\s*[:#]|\s*$)",
    r"(?<![\w-])no\.(?=\s*[:#]?\s*\w)",
    # "Nr 47/SZK/2025" under a Polish or German heading: a number, but of what is unsaid.
    r"(?<![\w-])nr\.?(?=\s*[:#]?\s*\w)",
]
# Identifiers that are the certificate's code on some layouts (a Credly or Skillsoft badge)
# and an attendee's own number on others (a conference badge): the code only when nothing
# else is, and then unsure.
AMBIGUOUS_CODE_LABELS = [
    r"badge" + _SEP + r"id",
]
# Identifiers printed near the code that are never the code.
DECOY_LABELS = [
    r"instructor(?:'s)?" + _SEP + r"(?:id|no|number|name)?",
    r"trainer" + _SEP + r"(?:id|no)?",
    r"course" + _SEP + r"(?:code|id|number|no|#|ref)",
    r"code\s+(?:du|de)\s+(?:cours|curso|formation|la\s+formation)|kurs[-\s]*(?:code|nummer|nr)",
    r"c[oó]digo\s+del?\s+curso|codice\s+(?:del\s+)?corso|cursuscode",
    r"(?:exam|test)" + _SEP + r"(?:code|number|no|id)?",
    r"(?:candidate|student|learner|user|member|employee|customer|account|partner|attendee|"
    r"participant|delegate|visitor)" + _SEP + r"(?:id|no|number|#)",
    r"(?:cisco|csco|cco)" + _SEP + r"id",
    # A person's own ID with a vendor ("Red Hat Certification ID" on a course certificate).
    r"(?:microsoft|mcp)\s+(?:certification\s+)?id|mcid",
    r"(?:red\s+hat|cisco|comptia|vmware|oracle|juniper|fortinet|aws)\s+certification\s+id",
    # A certified person's own number ("Presenter: …, CCIE No. 61842", an instructor's CCSI #).
    r"(?:ccie|ccde|ccsi|ccnp|ccna|ccdp|jncie|cissp)" + _SEP + r"(?:no|nr|number|#|id)",
    r"part" + _SEP + r"(?:no|number|#)",
    r"sku",
    # A training centre's licence or accreditation, printed with its own number.
    r"(?:лицензи[яи]|ліцензі[яї])(?:\s+[^\W\d]+){0,4}\s*№",
    r"(?:order|invoice|purchase\s*order|po|transaction|receipt)" + _SEP + r"(?:id|no|number|#)?",
    r"enrol(?:l)?ment" + _SEP + r"(?:id|no|number)",
    # A student's own enrolment number where schools number students ("Roll No", "Hall
    # Ticket No", "Admission No").
    r"(?:roll|admission|hall\s+ticket|seat)" + _SEP + r"(?:no|number|#)",
    r"registration" + _SEP + r"(?:id|no|number|confirmation)",
    r"(?:session|event|class|section|lab|module|offering|delivery)"
    + _SEP
    + r"(?:id|code|no|number)",
    r"(?:license|licence)" + _SEP + r"(?:id|no|number)",
    r"лицензи[яи](?:\s+№)?|инн|снилс|паспорт|αρ(?:ιθμός|\.)\s*πρωτ(?:οκόλλου|\.)|πρωτ\.\s*αρ\.|αμκα|αφμ",
    r"kundennummer|teilnehmernummer|matrikelnummer|personalnummer|steuernummer",
    r"n[°º]\s*(?:de\s+)?d[ée]claration(?:\s+d['’]activit[ée])?|num[ée]ro\s+d['’][ée]tudiant|siret|siren",
    r"dni|nif|nie|expediente|cpf|rg|matr[ií]cula|matricola|codice\s+fiscale|partita\s+iva",
    r"klantnummer|studentnummer|kvk|pesel|nip|nr\s+albumu|tc\s+kimlik(?:\s+no)?|öğrenci\s+no|eğitmen\s+no",
    r"cmnd|cccd|m[ãa]\s+s[ốo]\s+thu[ếe]",
]

COURSE_LABELS = [
    r"course" + _SEP + r"(?:name|title)?",
    r"training" + _SEP + r"(?:name|title|course|program(?:me)?)?",
    r"program(?:me)?" + _SEP + r"(?:name|title)?",
    r"(?:session|webinar|event|module|learning\s+path|class)" + _SEP + r"(?:name|title)?",
    # A CPE form's "Presentation" cell ("Presentation | Cloud Incident Response: …")
    r"(?:presentation|talk|lecture)\s+title|(?:presentation|lecture)(?=\s*:|\s*$)",
    r"(?:cpe\s+|ce\s+|learning\s+)?activity" + _SEP + r"(?:name|title)?",
    r"title",
    r"subject",
    r"curso|cours|formation|kurs|schulung|corso|cursus|opleiding|treinamento",
    r"intitul[ée]\s*(?:du\s*cours|de\s*la\s*formation)?",
    r"kurstitel|kursname|t[ií]tulo\s*del\s*curso|titolo\s*del\s*corso",
    r"eğitim(?:\s+adı|\s+programı)?|kurs\s+adı|program\s+adı|khóa\s+học|tên\s+khóa\s+học|chương\s+trình(?:\s+đào\s+tạo)?",
    r"курс|программа(?:\s+обучения)?|наименование\s+(?:курса|программы)|μάθημα|πρόγραμμα(?:\s+κατάρτισης)?|τίτλος",
    r"nazwa\s+(?:szkolenia|kursu)|szkolenie|kursnamn|kurs|utbildning|nome\s+do\s+curso|nombre\s+del\s+curso|nom\s+de\s+la\s+formation",
    r"n[áa]z[eo]v\s+(?:kurzu|školení|školenia|programu)",
]

LEARNER_LABELS = [
    r"(?:student|learner|participant|attendee|trainee|candidate|recipient|delegate|member)"
    + _SEP
    + r"(?:name)?",
    r"(?:full\s+)?name(?:\s+of\s+(?:the\s+)?(?:student|participant|learner|holder))?",
    r"awarded\s+to|presented\s+to|issued\s+to|granted\s+to",
    r"nom(?:\s+du\s+participant)?|teilnehmer(?:in)?|nombre|participante|partecipante|deelnemer",
    r"nom\s+et\s+pr[ée]nom|pr[ée]nom\s+et\s+nom|nombre\s+y\s+apellidos?|nome(?:\s+completo)?|nome\s+e\s+cognome",
    r"ф\.?\s*и\.?\s*о\.?|слушатель|участник|ονοματεπώνυμο|εκπαιδευόμενος|h[ọo]\s+(?:và\s+)?tên|h[ọo]c\s+viên|adı\s+soyadı|katılımcı",
    r"imi[ęe]\s+i\s+nazwisko|uczestnik|namn|deltagare|naam|cursist|alumn[oa]|aluno|stagiaire|kursteilnehmer(?:in)?",
    r"estudiante|studente|[ée]tudiant(?:e)?|student(?:in)?",
    r"jméno\s+a\s+příjmení|meno\s+a\s+priezvisko|účastník|účastníčka",
    # Vietnamese forms put the name after the form of address: "Ông: …", "Bà: …".
    r"(?:ông|bà|anh|chị)(?=\s*:)",
]

ISSUER_LABELS = [
    r"issued\s+by|offered\s+by|provided\s+by|hosted\s+by|organi[sz]ed\s+by|delivered\s+by",
    r"training\s+provider|learning\s+partner|provider|issuer",
]

# Sentence openings after which the learner's name follows.
LEARNER_BEFORE = [
    r"(?:this\s+is\s+to\s+)?certif(?:y|ies)\s+that",
    r"this\s+is\s+to\s+(?:confirm|acknowledge)\s+that",
    r"(?:we\s+)?(?:hereby\s+)?confirm(?:s)?\s+that",
    r"(?:is\s+)?(?:hereby\s+)?(?:proudly\s+)?(?:awarded|presented|granted|conferred|issued)\s+(?:to|upon)",
    r"(?:course\s+|training\s+)?(?:completed|attended|passed|earned)\s+by",
    # The passive voice: the course first, then who took it ("… è stato frequentato con
    # profitto da Giulio …", "… was successfully completed by …", "… foi concluído por …").
    r"(?:è|e|fu)\s+stat[oa]\s+(?:frequentat[oa]|superat[oa]|completat[oa]|seguit[oa])"
    r"(?:\s+con\s+(?:profitto|successo))?\s+da",
    r"(?:fue|ha\s+sido)\s+(?:completad[oa]|cursad[oa]|superad[oa]|realizad[oa])"
    r"(?:\s+con\s+éxito)?\s+por",
    r"foi\s+(?:concluíd[oa]|conclu[íi]d[oa]|realizad[oa]|cursad[oa])(?:\s+com\s+êxito)?\s+por",
    r"a\s+été\s+(?:suivie?|réussie?|complétée?)(?:\s+avec\s+succès)?\s+par",
    r"dear|sehr\s+geehrte[r]?|cher|chère|estimad[oa]|caro|cara|beste|geachte|szanown[ay]|querid[oa]",
    # A form of address opening the line ("Sayın Elif Yıldırım, …", "Pan Michał …").
    r"^(?-i:Sayın|Pan|Pani|Paní|Pán|Frau|Herrn?|Mme|Madame|Monsieur|Mlle)(?=\s+[^\W\d_])",
    # (not a letter's closing: "With warm congratulations," over the signer's name)
    r"(?<!with\s)(?<!warm\s)(?<!warmest\s)(?<!best\s)(?<!heartiest\s)(?<!sincere\s)"
    r"congratulations(?:\s+to)?(?!\s*,\s*$)|félicitations|felicitaciones|congratulazioni|parabéns|gefeliciteerd|herzlichen\s+glückwunsch|grattis|gratulerer|gratulacje",
    r"certifie\s+que|atteste\s+que|bescheinigt(?:,)?\s+dass|certifica\s+(?:que|che)|verklaart\s+dat",
    r"(?:hiermit\s+)?(?:best[äa]tigen|bescheinigen)\s+wir(?:\s+hiermit)?,?\s+dass",
    r"(?:para\s+)?(?:verificar|confirmar|acreditar|hacer\s+constar)\s+que|certificamos\s+que|certifica-se\s+que|atestamos\s+que|declaramos\s+que|certifichiamo\s+che",
    r"si\s+attesta\s+che|(?:niniejszym\s+)?zaświadcza\s+się,?\s+że|härmed\s+intygas\s+att|intygar\s+att",
    r"(?:nous\s+)?(?:certifions|attestons)\s+que|se\s+certifica\s+que|si\s+certifica\s+che",
    r"(?:настоящим\s+)?(?:удостоверяется|подтверждается|свидетельствует|засвідчується|підтверджується),?\s+що?",
    r"(?:βεβαιώνεται|πιστοποιείται|βεβαιωνεται)\s+ότι",
    r"se\s+(?:certifică|adeverește|atestă)\s+(?:faptul\s+)?că|(?:tímto\s+)?(?:se\s+)?(?:potvrzuje|osvědčuje),?\s+že",
    r"chứng\s+nhận\s+(?:rằng|ông|bà|anh|chị|học\s+viên)|xác\s+nhận\s+(?:rằng|ông|bà)",
    r"otorga(?:do)?\s+(?:(?:el|la)\s+presente\s+(?:certificado|diploma|constancia)\s+)?a|d[ée]cern[ée]e?\s+à|rilasciat[oa]\s+a",
    r"(?:es\s+)?wird\s+(?:hiermit\s+)?bestätigt,?\s+dass|hierbij\s+(?:wordt\s+)?verklaard\s+dat|verklaren\s+wij\s+dat",
]
# Sentence parts after which the course name follows.
COURSE_BEFORE = [
    r"(?:has\s+)?(?:successfully\s+)?complet(?:ed|ing)(?!\s+by\b)(?:\s+all\s+(?:the\s+)?requirements\s+(?:of|for))?"
    r"(?:\s+the(?:\s+(?:online|e-?learning|instructor[- ]led|self[- ]paced|training))?"
    r"\s+(?:course|training|program(?:me)?|module|class|learning\s+path|webinar))?",
    r"(?:for\s+)?(?:the\s+)?(?:successful\s+)?completion\s+of(?:\s+the(?:\s+course|\s+training)?)?",
    r"(?:has\s+)?(?:successfully\s+)?(?:satisfied|met|fulfilled)\s+(?:all\s+)?(?:the\s+)?requirements\s+(?:of|for)(?:\s+the)?",
    # "attended a webinar on", "participated in the workshop titled"
    r"(?:has\s+)?(?:attended|participated\s+in|took\s+part\s+in|taken\s+part\s+in)\s+(?:a|an|the)(?:\s+(?:live|online|virtual))?"
    r"\s+(?:webinar|workshop|seminar|session|talk|masterclass|bootcamp)\s+(?:on|titled|entitled|about)",
    r"(?:has\s+)?(?:successfully\s+)?(?:attended|participated\s+in|took\s+part\s+in|taken\s+part\s+in|passed|finished)"
    r"(?:\s+the(?:\s+(?:course|training|webinar|session|event|program(?:me)?))?)?",
    r"(?:has\s+)?(?:successfully\s+)?(?:achieved|obtained)(?:\s+the(?:\s+(?:certification|credential|title))?)?(?=\s*$)",
    # "for watching every lesson and passing the module quizzes of" / the title
    r"for\s+(?:watching|viewing)\b[^.:;]{0,60}?\s(?:of|in)(?=\s*$)",
    r"for\s+(?:attending|participating\s+in)(?:\s+the(?:\s+(?:course|training|webinar|session|event))?)?",
    r"participation\s+in\s+the(?:\s+(?:online\s+)?(?:course|training|webinar|session|mooc|workshop))?(?=\s*$)",
    r"a\s+(?:suivi|termin[ée]|r[ée]ussi|compl[ée]t[ée])(?:\s+avec\s+(?:succ[eè]s|assiduit[ée]))?"
    r"(?:\s+(?:la\s+formation(?:\s+qualifiante|\s+intitul[ée]e)?|le\s+cours|le\s+stage|le\s+s[ée]minaire))?",
    r"a\s+particip[ée]\s+(?:à|au|aux)(?:\s+(?:la\s+formation|la\s+conf[ée]rence|s[ée]minaire|congr[eè]s))?",
    # "завершил(а)", "прошел(ла)": the feminine ending offered in brackets
    r"(?:успешно\s+)?(?:прош(?:ел|ёл|ла)|окончил[а]?|завершил[а]?|освоил[а]?)(?:\((?:а|ла)\))?"
    r"(?:\s+(?:обучение|курс|программу))?(?:\s+(?:по\s+(?:программе|курсу)|повышения\s+квалификации))?",
    r"принял[а]?\s+участие\s+в(?:\s+(?:конференции|семинаре|курсе|тренинге))?",
    r"(?:ολοκλήρωσε|παρακολούθησε)(?:\s+με\s+επιτυχία)?(?:\s+(?:το|την)\s+(?:πρόγραμμα|σεμινάριο|μάθημα|εκπαίδευση)(?:\s+κατάρτισης)?)?",
    r"đã\s+(?:hoàn\s+thành|tham\s+gia|tham\s+dự)(?:\s+(?:khóa\s+học|chương\s+trình(?:\s+đào\s+tạo)?|khóa\s+đào\s+tạo))?",
    r"(?:wziął|wzięła|wziąl)\s+udział\s+w\s+(?:szkoleniu|kursie|konferencji|webinarium|webinarze|seminarium|warsztatach)(?:\s+(?:pt\.|pn\.|pod\s+tytułem|pod\s+nazwą))?|uczestniczył[a]?\s+w\s+(?:szkoleniu|kursie)",
    r"ha\s+(?:realizado|asistido\s+al?|cursado|participado\s+en)(?:\s+(?:el\s+curso|la\s+formaci[oó]n|el\s+programa))?",
    r"ha\s+(?:completado|finalizado|superado|completato|frequentato|concluído|concluido)"
    r"(?:\s+con\s+(?:éxito|successo|aprovechamiento))?(?:\s+(?:el\s+curso|il\s+corso|o\s+curso))?",
    r"hat\s+(?:erfolgreich\s+)?(?:den\s+kurs|die\s+schulung|an\s+(?:dem|der)\s+(?:kurs|schulung))",
    r"(?:am|an\s+(?:dem|der|einem|einer|folgender|folgendem))\s+(?:[\w-]+\s+){0,3}?\w*(?:kurs|schulung|seminar|lehrgang|training|weiterbildung|konferenz|tagung|veranstaltung)(?:\s+(?:erfolgreich\s+)?teilgenommen)?",
    r"(?:pela|após\s+a)\s+conclus[ãa]o\s+d[oa]\s+(?:curso|treinamento|programa)",
    r"(?:concluiu|completou|frequentou|participou\s+d[oa])(?:\s+com\s+(?:êxito|sucesso|aproveitamento))?(?:\s+o\s+curso)?",
    r"(?:ha\s+)?(?:frequentato|completato|superato)(?:\s+con\s+successo)?(?:\s+il\s+corso)?",
    r"(?:ha\s+)?partecipato\s+(?:al|alla|ai)\s+(?:corso|seminario|workshop|convegno)",
    r"ukończył[a]?(?:\s+(?:szkolenie|kurs))?|(?:har\s+)?(?:genomfört|genomgått|slutfört|avslutat)(?:\s+kursen)?",
    r"por\s+(?:completar|finalizar|haber\s+(?:completado|concluido|terminado|finalizado|aprobado|cursado))"
    r"(?:\s+satisfactoriamente|\s+con\s+éxito)?"
    r"(?:\s+(?:el|la)\s+(?:curso|formaci[oó]n)(?:\s+de\s+(?:actualizaci[oó]n|capacitaci[oó]n|especializaci[oó]n))?)?",
    r"(?:por\s+su\s+)?participaci[oó]n\s+en\s+(?:el|la)\s+"
    r"(?:taller|curso|seminario|jornada|webinar|conferencia)",
    r"(?:успішно\s+)?(?:пройш(?:ов|ла)|закінчи(?:в|ла)|заверши(?:в|ла))"
    r"(?:\s+(?:курс|навчання|програму))?(?:\s+підвищення\s+кваліфікації)?",
    r"pour\s+avoir\s+(?:suivi|termin[ée]|compl[ée]t[ée])(?:\s+(?:la\s+formation|le\s+cours))?",
    r"a\s+valid[ée](?:\s+et\s+obtenu)?(?:\s+(?:le\s+certificat|la\s+certification|le\s+parcours))?",
    r"assistiu(?:\s+(?:às\s+)?v[íi]deo-?aulas)?(?:\s+(?:do|ao)\s+curso)?|cursou(?:\s+o\s+curso)?",
    r"per\s+aver\s+(?:completato|frequentato)(?:\s+il\s+corso)?",
    # A passive sentence names the course first: "Si attesta che il corso X è stato …",
    # "This is to confirm that the course “X” was completed by …".
    r"(?:che|that|que|dass)\s+(?:il|the|el|o|le|der)\s+(?:corso|course|curso|cours|kurs)",
    r"heeft\s+(?:met\s+succes\s+)?(?:de\s+cursus|de\s+training)",
    r"(?:met\s+(?:goed\s+gevolg|succes)\s+)?heeft\s+(?:met\s+(?:goed\s+gevolg|succes)\s+)?"
    r"(?:deelgenomen\s+aan|afgerond|voltooid)(?:\s+(?:de|het))?"
    r"(?:\s+(?:training|cursus|opleiding|workshop|webinar|programma))?",
    r"(?:tarafından\s+)?düzenlenen",
    r"a\s+absolvit(?:\s+(?:cursul|programul|modulul))?|a\s+participat\s+la(?:\s+(?:cursul|programul|seminarul|conferința))?",
    r"(?:úspěšně\s+)?absolvoval[a]?(?:\s+(?:kurz|školení|seminář|program))?|zúčastnil[a]?\s+se(?:\s+(?:kurzu|školení|semináře))?",
    # A certification's wording: "is hereby designated a Red Hat Certified …".
    r"(?:is\s+)?(?:hereby\s+)?(?:designated|recogni[sz]ed)\s+as(?:\s+an?)?(?=\s+[A-Z])|"
    r"(?:is\s+)?(?:hereby\s+)?designated\s+an?(?=\s+[A-Z])",
]
# Words around a course name in a sentence that are not the course name itself
# ("has completed the official Cisco training" + the course on the next line).
COURSE_FILLER = r"""(?:the|a|an|this|following|official|authori[sz]ed|cisco|online|self[- ]paced|
instructor[- ]led|virtual|live|e-?learning|digital|on[- ]demand|technical|course|training|
program(?:me)?|session|webinar|class|module|learning|path|event|workshop|requirements|of|for|all|
in|on|and|student|level|credential|la|le|el|il|der|die|das|den|dem|an|formation|officielle|cours|
curso|oficial|kurs|schulung|offiziellen?|corso|ufficiale|de|du|des|del|o|a|do|da|em|
extensão|extension|satisfactoriamente|exitosamente|successfully|erfolgreich|con|éxito|exito|
avec|succès|succes|successo|com|sucesso|aproveitamento|met|succes|with|distinction|path|
profitto|frequenza|merito|assiduité|assiduidad|assiduità|satisfactorily|satisfactoriamente|
non-credit|noncredit|credit|
specialization|specialisation|certification|track|following|folgender|folgenden|free|short|
intensive|hands[- ]on|internship|bootcamp|livre|libre|gratuit[oa]?|pt|pn|entitled|intitul[ée]e?|
\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|
\d+[- ]?(?:weeks?|days?|months?|hours?|hrs?))"""

# A date's label in the next cell, read into the title's line ("… VPN Solutions Completion
# Date" | "October 30, 2024"), at its end or before the date: the title ends before it.
DATE_LABEL_AT_END = r"\s+(?:(?:completion|issue|award|start|end)\s+date|date\s+(?:of\s+)?(?:completion|issue))\s*:?(?=\s*$|\s*\d|\s*\S+\s+\d)"

# Words that end a value running on in a sentence ("... completed X on 5 June").
COURSE_STOPS = [
    r"\s+on\s+(?=\S*\d)",
    DATE_LABEL_AT_END,
    r"\s+(?:from|between|held|during|dated?)\s+(?=\S*\d)",
    r"\s+(?:from|between|during)\s+(?=[A-Z][a-z]+\.?,?\s+(?:19|20)\d\d\b)",
    r",?\s+(?:course\s*,?\s+)?(?:administered|delivered|offered|provided|taught|conducted|organi[sz]ed|issued|awarded|presented)\s+(?:by|to|on)\b",
    r"[.;]\s+(?=[A-Z])",
    r",\s+(?:realizado|realizada|tenue?|svolto|held|with\s+a\s+duration|d['’]une\s+dur[ée]e|com\s+carga)\b",
    r"\s+with\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:score|grade|distinction|honou?rs|merit|a\s+total)\b",
    r"\s+held\s+(?:in|at)\s+(?=[A-Z])",
    r"\s+(?:at|in)\s+(?=\S*\d)",
    r"\s*[,;]\s*(?:on|with|held|dated?|completed)\b",
    r"\s+(?:and\s+)?(?:is\s+)?(?:hereby\s+)?(?:awarded|granted|earned)\b",
    r"\s+(?:am|le|el|il|op)\s+(?=\d)",
    r"\s+teilgenommen\b",
    r"\s+(?:eğitimi(?:ni|ne)?|programı(?:na|nı)?|kursu(?:nu|na)?|semineri(?:ne|ni)?|webinar(?:ı|ına)?)(?!\w)",
    r",\s+(?:which|that|who|que|qui|che|welche[rs]?|die|der|das|waarin|który|która|które)\b",
    # An apposition that says what kind of course it was: "…, a six-day hands-on course".
    r",\s+(?:a|an|un|une|ein|eine|uno|una)\s+(?:[\w-]+\s+){0,4}?(?:course|workshop|training|program(?:me)?|seminar|webinar|bootcamp|class|formation|cours|kurs|seminario|curso|corso)\b",
    r"\s+course\s*,\s+(?:and|with|where)\b|,\s+(?:and|y|et|und|e)\s+(?:demonstrat\w*|demostr\w*|d[ée]montr\w*|dimostr\w*|the\s+ability)",
    r"\s+(?:y|and|et|und|e)\s+(?:demostrado|demonstrated|d[ée]montr[ée]|dimostrato)\b",
    r",?\s+(?:administrad[oa]|impartid[oa]|dictad[oa]|ministrad[oa]|erogat[oa]|tenut[oa]|anim[ée]e?|dispens[ée]e?|geleitet|durchgef[üu]hrt)\s+(?:por|pel[oa]|da|dal|par|von|durch)\b",
    r"\s+в\s+объ[её]ме\b|,?\s+διάρκειας\b|\s+w\s+(?:dniach|dniu|wymiarze)\b|\s+zorganizowan\w+\s+przez\b",
    r",?\s+(?:impartid[oa]|organizad[oa]|celebrad[oa])\s+(?:por|en|del)\b|,?\s+con\s+una\s+duraci[oó]n\b",
    r"\s+(?:svolt[oa]si|tenut[oa]si)\b|\s+(?:dal|dall['’])\s*(?=\d)|,?\s+della\s+durata\b|\s+(?:do|tại)\s+\S+.*\s+tổ\s+chức\b|\s+từ\s+ngày\b",
]
LEARNER_STOPS = [
    r"\s+(?:has|have|had|hat|a|ha|heeft|who|for|is|was|attended|completed|participated|took|passed|achieved|earned|finished|concluiu|completou|frequentou|participou|complet[óo]|finaliz[óo]|asisti[óo]|particip[óo]|termin[óo])\b",
    r"\s*[,;(]",
    r"\s+(?:successfully)\b",
    # "… Arjun Venkataraghavan of Meridian College …": the learner's school or employer.
    r"\s+(?:of|from)\s+(?:the\s+)?(?=[A-Z])",
    r"\s+(?:успешно|прош(?:ел|ёл|ла)|окончил|ολοκλήρωσε|παρακολούθησε|đã|ukończył|wziął|wzięła)",
]

# Title lines and other fixed wording that is never a course or a person's name.
BOILERPLATE = [
    r"certificat(?:e|ion)?(?:\s+of\s+(?:completion|achievement|attendance|participation|excellence|recognition|accomplishment))?",
    r"(?:confirmation|proof|statement|letter)\s+of\s+(?:course\s+|training\s+)?(?:completion|attendance|participation)",
    r"(?:course\s+)?completion\s+certificate",
    r"certificat\s+de\s+r[ée]ussite|teilnahmebescheinigung|zertifikat|certificado(?:\s+de\s+\w+)?|certificato",
    r"this\s+is\s+to\s+certify\s+that|this\s+certifies\s+that",
    r"has\s+successfully\s+completed|successfully\s+completed|has\s+completed|completed|passed",
    r"awarded\s+to|presented\s+to|congratulations",
    r"signature|authori[sz]ed\s+signature|director|instructor|ceo|president",
    r"date|dates",
]

# Web addresses, and those that look like a certificate's verification page.
URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"']+|(?<![\w@.])(?:[a-z0-9-]+\.)+(?:com|org|net|io|co|my|edu|"
    r"learning|academy|training)(?:/[^\s<>\"']*)",
    re.IGNORECASE,
)

URL_HINT = re.compile(
    r"verif|validat|confirm|certif|credential|badge|ude\.my|/UC-|/cert|/c/|/share/", re.IGNORECASE
)


def compile_words(fragments: Iterable[str]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any fragment as a whole word or phrase."""
    body = "|".join(f"(?:{f})" for f in fragments)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE)
