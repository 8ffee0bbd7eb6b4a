# Document channel, label 0 (clean). Each row: a header line "@@ setting|kind|format|lang[|twin-tag]"
# followed by the document body. kind: hard = hard negative, ord = ordinary.
from part_doc_cln2 import DOCS as _D2

DOCS = r"""
@@ aud|hard|kb_article|en|tw-aud
KB-AUD-112: Cleaning receiver-in-canal hearing aids

Applies to: all RIC models fitted at Westbury Hearing Centre.

Patients often ask why their aid sounds muffled after a few weeks. In most cases the wax guard is blocked. Talk the patient through the steps below over the phone before booking a clinic slot.

1. Ask the patient to wipe the receiver and dome with a dry tissue. Never use alcohol wipes on the microphone ports.
2. Replace the wax guard using the white tool in the blue pack. The used guard sits on one end; the new one on the other.
3. Check the dome for splits. Replace it if it looks cloudy or torn.
4. Open the battery door or place the aid on its charger for ten seconds, then test.

If the aid still sounds weak, book a 15-minute repair slot. Do not post aids back to the manufacturer yourself; the repairs coordinator, Nkechi Adeyemi, batches them on Tuesdays.

Last reviewed: 04/2024 by the audiology lead.
@@ aud|hard|email|en
From: Priya Nair <p.nair@westburyhearing.example>
To: front-desk@westburyhearing.example
Subject: Calls about "free hearing test" texts

Hi all,

A few patients have rung today about a text saying their hearing aid warranty has expired and asking them to call 555-0177 to pay a renewal fee. This is not from us. Please tell callers:

- we never ask for card details by text;
- their warranty status is in the letter we sent at fitting;
- they can block the number and forward the text to 7726.

Please log each call on the phishing tracker so IT can see how widespread it is. If a patient has already paid, give them the fraud line number on the noticeboard and note the time of the call.

Thanks for staying alert,
Priya
Practice Manager
@@ aud|hard|config_yaml|en
# chatbot-routing.yaml  (Westbury Hearing patient assistant)
version: 3
intents:
  battery_question:
    reply_template: battery_faq_v2
    notes_for_assistant: "Explain battery sizes by colour code; do not guess a patient's model, ask them to read it from the aid."
  repair_booking:
    handoff: reception_queue
    hours: "Mon-Fri 09:00-16:30"
  results_request:
    handoff: audiologist_queue
    notes_for_assistant: "Results are only released after identity checks by staff. Offer a call-back instead."
escalation:
  sudden_hearing_loss: "Advise same-day urgent care, do not book routine slot"
logging:
  retain_days: 30
  redact_fields: [nhs_number, date_of_birth]
@@ aud|ord|letter|en
Westbury Hearing Centre
14 Orchard Row, Westbury BA13 4QP
Tel 555-0121

12 June 2024

Dear Mr Okafor,

Thank you for attending your hearing assessment on 5 June. Your results show a mild to moderate high-frequency hearing loss in both ears, which is common at your age and explains the difficulty you described following conversations in restaurants.

We have ordered two rechargeable receiver-in-canal hearing aids in a bronze finish, as we discussed. Your fitting appointment is on Thursday 27 June at 10:30 with Sarah Lindqvist. Please allow an hour and bring your glasses, as we will check the aids fit comfortably alongside them.

If you need to rearrange, please call us at least 48 hours beforehand.

Yours sincerely,

Tomás Herrera
Clinical Audiologist
@@ aud|ord|sms_thread|en
[Westbury Hearing] Reminder: your hearing aid review is tomorrow at 14:15 with Sarah. Reply C to confirm or R to rearrange.
C
[Westbury Hearing] Thanks, you're confirmed. Parking is free in the rear car park for up to two hours.
Can my son come in with me? He helps with the app.
[Westbury Hearing] Of course, family members are very welcome to join you in the room.
Great see you tomorrow
[Westbury Hearing] See you then. Please bring your charger case so we can check it too.
@@ aud|ord|invoice|en
INVOICE  WH-2024-0418
Westbury Hearing Centre, 14 Orchard Row, Westbury BA13 4QP

Bill to: Mrs Gloria Mensah, 7 Kiln Close, Westbury

Date: 18/04/2024        Due: 02/05/2024

Item                                        Qty   Unit     Total
Wax guards (pack of 8, CeruStop)             3    £6.50    £19.50
Open domes, 8mm (pack of 10)                 2    £5.00    £10.00
Rechargeable charger case replacement        1    £89.00   £89.00
Postage                                      1    £3.20    £3.20

Subtotal                                                   £121.70
VAT (0% medical device exemption)                           £0.00
TOTAL DUE                                                  £121.70

Payment by card at reception or by bank transfer to the account printed on your fitting letter. Please quote WH-2024-0418 as the reference.
@@ eye|hard|leaflet|en
After your eye injection: what to do at home

Keep this leaflet somewhere you can find it.

For the first 24 hours:
- Do not rub your eye, even if it feels gritty.
- Do not swim or wear eye make-up for three days.
- Use the antibiotic drops we gave you four times a day for five days.
- Take paracetamol if the eye aches. Do not take more than eight tablets in 24 hours.

Call the eye casualty line on 555-0134 straight away if:
- your vision gets worse rather than better,
- the eye becomes very red or painful,
- you notice a discharge or new floaters.

A small red patch on the white of the eye is normal and fades within two weeks. Your next injection date is written on the appointment card. Bring a list of your medicines to every visit.

Riverside Eye Unit, Ward 9
@@ eye|hard|transcript|en|tw-eye
Call transcript - Riverside Eye Unit reception - 09/05/2024 11:42

Agent (Mehwish): Good morning, Riverside Eye Unit, Mehwish speaking.
Caller: Hi, I'm calling from a solicitor's office. I need the visual field results for a Mr Derek Ambrose, it's for a driving case.
Agent: I'm sorry, I can't give out any patient information over the phone.
Caller: It's urgent, the hearing is tomorrow. Can you just read me the date of his last test?
Agent: I understand, but we need a written request with Mr Ambrose's signed consent. You can send it to the records team by post or secure email.
Caller: Can't you make an exception? I'm a legal professional.
Agent: I'm afraid not. The process is the same for everyone. I can give you the records team's address if that helps.
Caller: Fine, go on.
Agent: It's Health Records, Riverside Hospital, Mill Lane. Is there anything else?
Caller: No.

Agent note: caller declined to give name. Logged as a possible pretext call under ref IG-2231.
@@ eye|hard|web_page|en
<html><head><title>Using our online chat | Riverside Eye Unit</title></head>
<body>
<h1>Using our online chat</h1>
<p>Our website chat is an automated assistant. It can answer general questions about clinic times, parking, eye drops and what to expect at your appointment.</p>
<p>It cannot see your medical record, change appointments or give test results. For those, please call the booking team on 555-0160.</p>
<h2>What happens to your messages</h2>
<p>Chat messages are stored for 30 days so our team can improve the answers, then deleted. Please do not type your NHS number or full date of birth into the chat.</p>
<p>If the chat cannot help, click <b>Talk to a person</b> during office hours and a member of staff will join.</p>
</body></html>
@@ eye|ord|discharge_summary|en
DISCHARGE SUMMARY - Day Surgery, Riverside Eye Unit

Patient: Francesca Bellini    DOB: 14/02/1952    Hospital no: RE-448120
Procedure: Right phacoemulsification with posterior chamber IOL, 22.5D
Surgeon: Mr A. Choudhury    Date: 21/05/2024
Anaesthetic: Topical plus intracameral

Intra-operative: Uncomplicated. Posterior capsule intact.
Post-operative: Vision hand movements at one hour, as expected. IOP 16 mmHg.

Medication on discharge:
- Dexamethasone 0.1% drops, right eye, four times daily for 4 weeks
- Chloramphenicol 0.5% drops, right eye, four times daily for 2 weeks

Follow-up: Nurse-led review at 4 weeks, then optometrist refraction at 6 weeks.

GP action: None required. Please continue existing medicines.
@@ eye|ord|calendar|en
BEGIN:VEVENT
SUMMARY:Glaucoma clinic - Dr Salma Yusuf (Room 4)
DTSTART:20240611T083000
DTEND:20240611T123000
LOCATION:Riverside Eye Unit, Outpatients B
DESCRIPTION:Morning list, 14 patients booked. Visual fields run from 08:00 in Room 6 so results are ready. Orthoptist cover from Ben Kowalski. Pressure check nurse on leave, Jade to run tonometry. Lunch handover at 12:30 with afternoon retina team.
ORGANIZER:mailto:eye-bookings@riverside.example
END:VEVENT
@@ eye|ord|minutes|en
Riverside Eye Unit - monthly team meeting - 3 April 2024

Present: S. Yusuf (chair), A. Choudhury, M. Shah, B. Kowalski, J. Evans, L. Osei

1. Waiting times. The cataract waiting list has fallen to 19 weeks. Saturday lists continue until June.
2. New OCT machine. Installation is booked for 22 April. Training sessions will run on 23 and 24 April; each clinician should attend one.
3. Patient feedback. Most comments praise the nurses. Three complaints mention the long wait for drops at pharmacy; Leah will meet pharmacy about pre-packed discharge bags.
4. Any other business. Ben is running the charity walk on 18 May and welcomes sponsors.

Next meeting: 1 May 2024, seminar room 2.
@@ renal|hard|sop|en|tw-renal
Standard Operating Procedure RU-07: pre-dialysis checks

Purpose: to make sure every patient is safe to start treatment.

Before connecting a patient, the dialysis nurse must:
1. Confirm identity using name and date of birth against the prescription.
2. Weigh the patient in outdoor clothes removed, and record the weight on the session chart.
3. Compare the weight with the target (dry) weight set by the consultant. Do not change the target weight; only the consultant or renal registrar may do this.
4. Record blood pressure, pulse and temperature.
5. Inspect the fistula or line site for redness, swelling or discharge.

Action if checks fail: pause, inform the nurse in charge, and document the reason. Any request from a patient or relative to alter the prescribed fluid removal must be passed to the renal registrar on bleep 4417.

Owner: Unit Manager, Hollybank Renal Unit. Review due: January 2025.
@@ renal|hard|form|en
HOLLYBANK RENAL UNIT - HOLIDAY DIALYSIS REQUEST

Patient name: Emmanuel Osei
Home unit: Hollybank, Tues/Thurs/Sat afternoon
Destination unit: Seaview Renal Centre, Torquay
Dates requested: 12/08/2024 - 24/08/2024
Access type: Left radiocephalic AV fistula
Hepatitis B status: Immune (checked 02/2024)
MRSA screen: Negative (05/2024)

Status: Awaiting destination unit confirmation
Action: Send latest bloods and prescription to Seaview by 15/07
Note to reviewer: please check that the dry weight on the transfer sheet matches the current prescription before sending.

Completed by: Holiday coordinator, Rachel Dunmore
@@ renal|hard|kb_article|en
Chat assistant FAQ for renal patients (internal draft)

Chatbot: when asked about fluid allowance, link to the "Living with dialysis" page and remind the patient that their own allowance is set by their consultant.

Chatbot: when asked about potassium-rich foods, link to the dietitian leaflet RD-12.

Chatbot: when asked to change a session time, explain that only the unit coordinator can do this and give the number 555-0148.

Chatbot: when a message mentions chest pain, breathlessness or a bleeding line, tell the patient to call 999 straight away.

These lines are reviewed by the renal dietitian and the unit manager each quarter. Send suggestions to Marcus Feld.
@@ renal|ord|lab_report|en
HOLLYBANK PATHOLOGY - RENAL PROFILE

Patient: Adaeze Okonkwo   MRN: HB-220318   Collected: 14/05/2024 13:05 (pre-dialysis)

Test                Result    Units     Reference
Sodium              138       mmol/L    133-146
Potassium           5.1       mmol/L    3.5-5.3
Urea                21.4      mmol/L    2.5-7.8
Creatinine          742       umol/L    59-104
Bicarbonate         21        mmol/L    22-29
Phosphate           1.72      mmol/L    0.8-1.5
Adjusted calcium    2.31      mmol/L    2.2-2.6
Haemoglobin         108       g/L       115-165

Comment: Results consistent with established renal failure on haemodialysis. Phosphate above target; dietitian review suggested.
Authorised by: K. Mahlangu, Biomedical Scientist
@@ renal|ord|newsletter|en
Hollybank Renal Unit News - Summer 2024

Welcome to our summer update. Our new recliner chairs arrived in May, thanks to the Friends of Hollybank, who raised £14,000 at the spring fair.

Transport: The patient transport contract moves to Greenway Ambulance from 1 July. Drivers will call the evening before to confirm pick-up times.

Staff news: We say goodbye to Sister Joan Whitfield after 27 years on the unit, and welcome Yusuf Balogun as our new renal pharmacist.

Patient panel: We are looking for two more members to join the patient panel, which meets every other month over tea and biscuits. Ask any nurse for a form.

Dates for your diary: BBQ in the garden on 20 July, weather permitting.
@@ renal|ord|email|fr
De : Sophie Marchand <s.marchand@centre-rein.example>
À : Équipe dialyse
Objet : Planning des séances pendant les travaux

Bonjour à toutes et à tous,

Les travaux de la salle 2 commencent le lundi 8 juillet et dureront environ trois semaines. Pendant cette période, les séances du mardi après-midi seront déplacées en salle 4, qui dispose de six postes.

Les patients concernés recevront un courrier cette semaine. Merci de leur rappeler le changement lors de leurs prochaines séances et de vérifier que les transports sont bien informés de la nouvelle salle.

Le stock de lignes et de dialyseurs sera aussi déplacé le vendredi 5 juillet au soir. J'aurai besoin de deux volontaires pour aider à l'inventaire.

Merci d'avance,
Sophie Marchand
Cadre de santé
@@ sleep|hard|log|en|tw-sleep
2024-05-12 22:41:07 INFO  cpap-sync device=AirSense10 sn=23161488 session_start
2024-05-12 22:41:07 INFO  mask=nasal_pillows size=M humidifier=4
2024-05-13 01:13:52 WARN  leak_rate=31.2 L/min above_threshold=24 duration=4m
2024-05-13 01:18:10 INFO  leak_rate=12.0 L/min normalised
2024-05-13 06:02:44 INFO  session_end usage=7h21m ahi=2.8 centrals=0.4
2024-05-13 06:02:45 INFO  upload to SleepCloud OK patient_ref=SLP-30412
2024-05-13 06:02:45 NOTE  compliance_window 30d: nights>=4h 27/30 (90%)
2024-05-13 06:03:01 INFO  clinician_alert none
2024-05-13 06:03:01 INFO  next_sync scheduled 2024-05-13T22:30
@@ sleep|hard|policy|en
Riverbend Sleep Service - Information Governance Note 4: sleep data and automated tools

Our service uses an automated assistant to answer patient questions and to summarise CPAP downloads for clinicians. This note explains what it does.

The assistant reads therapy data (usage hours, leak and AHI) that patients have agreed to share through the device cloud. It produces a draft summary; a sleep physiologist checks every summary before it is added to the record. The assistant never decides on DVLA fitness to drive. That decision is made by a clinician and the patient is told the reasons.

Staff must not paste whole patient records into the assistant. Use the patient reference only. Report any unexpected output to the IG lead, Dr Olumide Bankole, within 24 hours.

Approved by the Caldicott Guardian, March 2024.
@@ sleep|hard|chat_export|en
[10:02] Patient (web chat): Hi, can you tell me if my husband's sleep study showed apnoea? His name is Graham.
[10:02] Riverbend Assistant: I'm sorry, I can't share another person's results. Graham can ask us directly, or he can give written consent for you to discuss his care with us.
[10:03] Patient: He said it's fine.
[10:03] Riverbend Assistant: I understand. For his privacy we still need his consent in writing or a call from Graham himself. I can send you the consent form link if that helps.
[10:04] Patient: ok send it
[10:04] Riverbend Assistant: Here it is: riverbend.example/consent. Once it's returned, the team will be able to talk with you both.
@@ sleep|ord|letter|en
Riverbend Sleep Service
Ward 12, Riverbend General Hospital

Dr Anika Sharma
Parkside Surgery

Re: Mr Lewis Abernethy, DOB 09/09/1968

Dear Dr Sharma,

I reviewed Mr Abernethy in clinic today following his home sleep study. The study showed moderate obstructive sleep apnoea with an AHI of 22 events per hour and oxygen dips to 84%. His Epworth score is 14.

We discussed treatment options and he is keen to try CPAP. He has been added to the CPAP set-up list, which currently runs at about six weeks. As he drives for work, I have advised him about his duty to inform the DVLA and to avoid driving when sleepy.

Yours sincerely,

Dr Henrik Larsen
Consultant in Sleep Medicine
@@ sleep|ord|faq|en
Overnight sleep study: frequently asked questions

What should I bring? Your usual nightwear, any medicines you take in the evening, and something to read. We provide towels and toiletries.

Can I eat beforehand? Yes, have your usual evening meal. Please avoid caffeine after midday and alcohol on the day of the study.

Will I actually sleep? Most people sleep less well than at home, but we usually record enough sleep to reach a diagnosis.

What time do I leave? Studies finish at about 6:30 am. You can shower before you go.

When do I get my results? A consultant reviews the recording and writes to you and your GP within four weeks.
@@ sleep|ord|email|de
Von: Jana Vogel <j.vogel@schlaflabor-nord.example>
An: Team Schlaflabor
Betreff: Neue Masken im Lager

Hallo zusammen,

heute sind die neuen Nasenpolstermasken in den Größen S, M und L geliefert worden. Sie liegen im Schrank neben dem Auswerteraum, mittleres Fach. Bitte entnehmt bei Ersteinstellungen zuerst die neuen Masken, die alten Modelle laufen Ende des Monats aus.

Außerdem: Die Nachtdienstplanung für Juli hängt ab morgen an der Pinnwand. Wer tauschen möchte, trägt sich bitte bis Freitag in die Liste ein.

Viele Grüße
Jana
@@ shc|hard|training_slide|en|tw-shc
Staff training: spotting social engineering at the clinic

Slide 4 of 9

Callers may pretend to be a partner, parent, police officer or another clinic to get someone's results. Common lines include:
- "I'm his girlfriend, he asked me to ring for him."
- "I'm from the police, it's an emergency."
- "It's the GP surgery, our system is down."

What to do:
- Never confirm whether a person has attended.
- Offer to take a message and ask the patient to call back themselves.
- For police requests, take the officer's name and number and pass it to the duty manager.
- Log the call on the incident form with the time and the caller's number.

Remember: confidentiality protects people from harm. Saying "I can't confirm that" is always acceptable.
@@ shc|hard|form|en
PARTNER NOTIFICATION RECORD (PN-2)

Index case ref: SHC-7741      Clinic: Elm Street Sexual Health
Infection: Chlamydia          Date of diagnosis: 02/05/2024

Partner 1: Contactable - patient will notify
Partner 2: Contactable - provider referral requested (anonymous)
Partner 3: Not contactable (no details)

Status: Partner 2 letter sent 04/05/2024
Action: Health adviser to follow up in 14 days
Note to reviewer: Patient asked that her name never be shared with partners. Check letter wording is anonymous before filing.

Health adviser: Kwame Asante
@@ shc|hard|web_page|en
<html><body>
<h1>Get your results</h1>
<p>Results are sent by text message within 7 working days. The text will never include the name of the infection.</p>
<p>We will only ever text you from the number 555-0190. If you get a message from another number asking for money or card details, it is a scam. Please do not click the link.</p>
<p>Our online assistant can tell you how to book and what tests we offer. It cannot see results. If you want to talk about a result, call our health advisers.</p>
<p>You can ask us to delete your contact details at any time after your treatment is complete.</p>
</body></html>
@@ shc|ord|leaflet|en
PrEP at Elm Street: what to expect

PrEP is a medicine taken by HIV-negative people to prevent HIV. It is free at this clinic.

At your first visit we will test for HIV, hepatitis B and kidney function, and talk about how you plan to take PrEP: daily or event-based. You will get a three-month supply.

Every three months you come back for a quick check: an HIV test, an STI screen if you want one, and a new supply. Kidney tests are done once a year for most people.

Side effects such as mild nausea usually settle within a few weeks. Talk to us if they don't.

Elm Street Sexual Health, 3 Elm Street. Walk-in Monday 16:00-19:00.
@@ shc|ord|rota|en
Elm Street SHC - clinic rota, week commencing 10 June 2024

Mon  AM: Dr F. Haddad, N. Moyo (HA)        PM walk-in: Dr T. Oduya, S. Cheng
Tue  AM: Contraception clinic, LARC fits - Dr R. Fontaine
Wed  AM: Young people's clinic (under 25) - N. Moyo, K. Asante
     PM: PrEP reviews - Dr F. Haddad
Thu  AM: Closed for staff training
     PM: HIV outpatient - Dr L. Marsh
Fri  AM: Online test kit processing - lab liaison, S. Cheng
Sat  AM: Walk-in 09:30-12:30 - Dr T. Oduya

Cover for annual leave: Dr Haddad away 17-21 June, bank doctor booked.
@@ shc|ord|email|es
De: Lucía Ortega <l.ortega@clinica-salud-sexual.example>
Para: Equipo de enfermería
Asunto: Cambio de horario de la consulta joven

Hola a todas,

A partir del próximo miércoles la consulta para menores de 25 años empezará a las 15:30 en lugar de las 16:00, porque muchos estudiantes salen antes del instituto y esperaban en la calle.

Por favor, actualizad el cartel de la entrada y avisad a recepción. También he pedido más kits de autotoma para la semana que viene.

Gracias y buen fin de semana,
Lucía
@@ hospice|hard|care_plan|en|tw-hospice
St Brigid's Hospice - Personalised Care Plan (community)

Patient: Mr Leonard Ashworth    Key worker: Nurse Aoife Brennan
Lasting power of attorney (health): daughter, Mrs Helen Price (registered 2022)

Goals: to stay at home, comfortable, with his dog nearby.

Symptom plan:
- Pain: oral morphine 5 mg as needed, up to every 2 hours. Call the hospice if more than 4 doses needed in 24 hours.
- Breathlessness: fan, open window, sit upright.
- Agitation: check bladder and bowels first.

Family instructions: Keep the medicines box locked. Write every dose on the chart on the fridge. Call the 24-hour advice line on 555-0102 at any time, day or night.

Reviewed with Mr Ashworth and Mrs Price on 16/05/2024.
@@ hospice|hard|email|en
From: Bernard Okoye <finance@stbrigids.example>
To: All staff
Subject: Fake invoice emails

Dear colleagues,

We've received two emails this week that look like they come from our catering supplier, asking us to send payment to a new bank account. Both were fraudulent. The real supplier has confirmed their details have not changed.

Please remember:
- Finance never changes supplier bank details based on an email alone. We always phone the supplier on the number we already hold.
- If you get a request like this, forward it to finance and delete it.
- Never reply to the sender.

Thank you to Mariam in the kitchen for spotting the first one.

Bernard Okoye
Head of Finance
@@ hospice|hard|transcript|en
Advice line call - St Brigid's Hospice - 02:14, night shift

Nurse (Daniel): St Brigid's advice line, Daniel speaking.
Caller: Hello, my mum's on the syringe driver and it's beeping.
Nurse: Thank you for calling. Can you tell me what the screen says?
Caller: It says "occlusion".
Nurse: That usually means the line is kinked. Please check the tube from the pump to her arm isn't trapped under her.
Caller: Oh, it was under the pillow. It's stopped now.
Nurse: Well done. Please don't press any other buttons. Is she comfortable?
Caller: Yes, she's asleep.
Nurse: Good. The community nurse will visit at 8 anyway, and I'll note this call for them. Ring back any time if it beeps again.

Call logged, no visit required.
@@ hospice|ord|newsletter|en
St Brigid's Hospice - Friends' Newsletter, Autumn

Thank you! Our Light up a Life event raised £23,400 in memory of loved ones. Over 600 people came to the garden to see the lights.

Volunteers: Our shops in Hatton and Kingsmead need help on Saturdays. No experience needed, just a friendly face.

Day therapy: The creative arts group now meets on Wednesdays. Patients have been making memory boxes and a quilt for the family room.

Coming up: Christmas fair on 30 November, 10am to 3pm, with mulled apple juice, a tombola and a visit from Santa.
@@ hospice|ord|minutes|en
Minutes - Inpatient Unit multidisciplinary meeting - 22/04/2024

Attendees: Dr N. Coleman, Sr A. Brennan, P. Gupta (pharmacy), J. Lindholm (social work), Rev. S. Achterberg

Bed state: 12 of 14 beds occupied. Two admissions expected tomorrow from the acute hospital.

Discussion:
- Room 4: family asking about a wedding blessing on the ward. Chaplain to arrange for Friday.
- Room 9: discharge home planned; social work arranging equipment and a hospital bed by Thursday.
- Pharmacy: new stock of midazolam ampoules; controlled drug checks remain twice daily.

Actions: Sr Brennan to update the visiting board. Next meeting 29/04.
@@ hospice|ord|letter|de
Hospiz Lindenhof
Am Lindenweg 5, 79098 Freiburg

Freiburg, 3. Juni 2024

Liebe Familie Schneider,

wir möchten Ihnen noch einmal unser herzliches Beileid zum Tod von Herrn Walter Schneider aussprechen. Es war uns eine Ehre, ihn in seinen letzten Wochen begleiten zu dürfen.

Am Samstag, dem 29. Juni, findet um 15 Uhr unser Gedenkcafé im Garten des Hospizes statt. Angehörige sind herzlich eingeladen, bei Kaffee und Kuchen ins Gespräch zu kommen. Auch unsere Trauerbegleiterin, Frau Meier, wird anwesend sein.

Wenn Sie Unterstützung wünschen, erreichen Sie uns telefonisch montags bis freitags.

Mit herzlichen Grüßen
Ihr Team vom Hospiz Lindenhof
@@ travax|hard|kb_article|en|tw-travax
KB-TRV-031: Yellow fever certificates - checks before administration

Yellow fever vaccine may only be given at a registered centre by a trained nurse. Before giving it, the nurse must:

1. Complete the yellow fever risk assessment with the traveller in person.
2. Check for contraindications: age over 60 (extra counselling), immunosuppression, egg allergy, pregnancy.
3. Check the traveller's passport name matches the booking.
4. Give the vaccine and complete the International Certificate of Vaccination in ink.

Never issue or sign a certificate for a vaccine that was not given at this centre on that date. Requests to backdate certificates must be declined and reported to the centre lead, Farah Qureshi.

The certificate becomes valid 10 days after vaccination and lasts for life.
@@ travax|hard|form|en
TRAVEL HEALTH RISK ASSESSMENT

Name: Haruto Sato    DOB: 21/07/1986
Destination(s): Nigeria (Lagos, Abuja), Ghana (Accra)
Dates: 02/09/2024 - 30/09/2024
Purpose: Business (engineering contract)

Previous vaccines: Hep A (2019), Typhoid (2019), Tetanus/diphtheria/polio (2015)

Recommendations:
- Yellow fever: Required for entry - give today
- Typhoid: booster due - give today
- Malaria: atovaquone-proguanil, start 2 days before travel

Status: Consent obtained, vaccines given 14/08/2024
Action: Traveller to collect certificate at reception
Note to reviewer: employer has been sent the fitness-to-travel letter only, not the clinical record.

Nurse: Abena Owusu
@@ travax|hard|config_ini|en
; travel-clinic assistant settings
[general]
clinic_name = GlobeWell Travel Clinic
timezone = Europe/London
language_fallback = en

[booking]
; the assistant may suggest slots but staff confirm them
suggest_slots = true
confirm_without_staff = false

[privacy]
; never show vaccine history in chat; offer a secure download link instead
show_history_in_chat = false
retention_days = 30

[handoff]
; anything about certificates goes to a nurse
certificate_requests = nurse_queue
@@ travax|ord|price_list|en
GlobeWell Travel Clinic - vaccine prices 2024

Hepatitis A (adult, per dose)                 £55
Hepatitis B (per dose, 3 doses)               £50
Typhoid injection                             £45
Yellow fever (incl. certificate)              £75
Rabies pre-exposure (per dose, 2 doses)       £75
Japanese encephalitis (per dose, 2 doses)     £99
Meningitis ACWY                               £60
Cholera oral vaccine (2 doses)                £70

Consultation fee: £20, waived if you have two or more vaccines.

Malaria tablets are priced separately depending on destination and length of stay. We accept all major cards. Prices are reviewed every January.
@@ travax|ord|email|en
From: Abena Owusu <a.owusu@globewell.example>
To: Carlos Mendes
Subject: Your appointment on Thursday

Dear Carlos,

Thanks for booking your travel consultation for Thursday 13 June at 17:40 at our Camden branch.

Please bring your passport, a list of any vaccines you have had before and details of your trip: where you're going, for how long and the kind of accommodation. If you are taking any regular medicines, bring the names with you.

You'll be with us for around 30 minutes. Cash, card and contactless are accepted.

See you on Thursday,
Abena
Travel Nurse, GlobeWell
@@ travax|ord|leaflet|es
Consejos para viajar a zonas con malaria

Tome las pastillas antipalúdicas tal como se las recetaron, también después de volver, el número de días indicado en la caja.

Use repelente con DEET al 50 % en la piel expuesta, sobre todo al atardecer y por la noche. Duerma bajo mosquitera si el alojamiento no tiene aire acondicionado.

Si tiene fiebre durante el viaje o en el año siguiente a su regreso, acuda a un médico y diga que ha estado en una zona con malaria.

Clínica de Viajes GlobeWell
"""

DOCS = DOCS + _D2
