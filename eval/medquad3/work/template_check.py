import json
T = {
 'information': ['What is (are) {F} ?', 'Do you have information about {F}', 'What is {F} ?'],
 'susceptibility': ['Who is at risk for {F}? ?'],
 'symptoms': ['What are the symptoms of {F} ?'],
 'exams and tests': ['How to diagnose {F} ?'],
 'outlook': ['What is the outlook for {F} ?'],
 'treatment': ['What are the treatments for {F} ?'],
 'causes': ['What causes {F} ?'],
 'research': ['what research (or clinical trials) is being done for {F} ?'],
 'stages': ['What are the stages of {F} ?'],
 'prevention': ['How to prevent {F} ?'],
 'inheritance': ['Is {F} inherited ?'],
 'frequency': ['How many people are affected by {F} ?'],
 'genetic changes': ['What are the genetic changes related to {F} ?'],
 'complications': ['What are the complications of {F} ?'],
 'considerations': ['What to do for {F} ?'],
 'when to contact a medical professional': ['Do I need to see a doctor for {F} ?'],
 'support groups': ['Where to find support for people with {F} ?'],
 'indication': ['Who should get {F} and why is it prescribed ?'],
 'usage': ['How should {F} be used and what is the dosage ?'],
 'precautions': ['Are there safety concerns or special precautions about {F} ?'],
 'dietary': ['What special dietary instructions should I follow with {F} ?'],
 'forget a dose': ['What should I do if I forget a dose of {F} ?'],
 'side effects': ['What are the side effects or risks of {F} ?'],
 'storage and disposal': ['What should I know about storage and disposal of {F} ?'],
 'emergency or overdose': ['What to do in case of emergency or overdose of {F} ?'],
 'other information': ['What other information should I know about {F} ?'],
 'brand names': ['What are the brand names of {F} ?'],
 'important warning': ['What important warning or information should I know about {F} ?'],
 'how effective is it': ['How effective is {F} ?'],
 'how does it work': ['What is the action of {F} and how does it work ?'],
 'interactions with medications': ['Are there interactions between {F} and other medications ?'],
 'interactions with herbs and supplements': ['Are there interactions between {F} and herbs and supplements ?'],
 'interactions with foods': ['Are there interactions between {F} and foods ?'],
 'dose': ['What is the dosage of {F} ?'],
}
bad = 0
for l in open('work/raw.jsonl'):
    d = json.loads(l)
    opts = [t.replace('{F}', d['focus']) for t in T.get(d['qtype'], [])]
    if d['question'] not in opts:
        bad += 1; print('MISMATCH', d['folder'], d['file'], d['qtype'], '|', d['question'], '| expected one of', opts)
print('mismatches', bad)
