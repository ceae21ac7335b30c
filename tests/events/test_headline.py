"""Headlines cut from one sentence: who did what, without the date, titles, attribution or subordinate tails."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline.events.clause_chunks import first_verb, tokenize
from timeline.events.headline import MAX_CHARS, PHRASE_SLACK, capped_headline, headline, main_clause_headline
from timeline.events.headline_cap import cut_to_length


def cut(sentence: str, phrase: str) -> str:
    start = sentence.index(phrase)
    return headline(sentence, start, start + len(phrase))


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # The date phrase and its preposition go; the main verb is put in the present.
        ("Rescuers pulled three drivers from the estuary on Friday.", "on Friday",
         "Rescuers pull three drivers from the estuary"),
        ("Analysts expected a loss of $2 billion on Friday.", "on Friday", "Analysts expect loss of $2 billion"),
        ("Shares tumbled 12 percent on Friday.", "on Friday", "Shares tumble 12 percent"),
        ("More than 2,000 US Marines arrived off the island on Friday.", "on Friday",
         "More than 2,000 US Marines arrive off the island"),
        # a role after "as" ends where the subject's second verb begins
        ("Lee served as mayor and later ran for the senate in 2004.", "in 2004",
         "Lee serves as mayor and ran for the senate"),
        # an adjective made from a participle is no second verb ("visited damaged homes")
        ("Officials who visited damaged homes on Tuesday promised more aid.", "on Tuesday",
         "Officials visit damaged homes"),
        ("Officials who toured damaged streets promised aid on Tuesday.", "on Tuesday", "Officials promise aid"),
        # "as" before a clause with a compound subject opens a clause, no role
        ("The port reopened on Sunday as ships and planes brought aid.", "on Sunday", "Port reopens"),
        # an aside naming the subject goes, whatever adverb stands before the verb
        ("On Monday, the harbour master, a keen sailor, sadly died.", "On Monday", "Harbour master dies"),
        ("The ferry line said: \"On Friday, the captain, a veteran of 30 years, quietly retired.\"", "On Friday",
         "Ferry line: captain retired"),
        # ... or an aside that names or ages the subject, in a reported clause too
        ("The council said that her son, named Tom, also died on Monday.", "on Monday", "Council: her son dies"),
        ("The council said the boy, aged six, died on Monday.", "on Monday", "Council: boy dies"),
        ("The ferry, named after the queen, sank on Monday.", "on Monday", "Ferry sinks"),
        # a name between commas before "who" is who the relative clause tells of, after a fronted phrase too
        ("On the pier, Ann Lee, who lost the race in last year's final, greeted the crowd.", "last year",
         "Ann Lee loses the race in final"),
        ("The chief, Ann Lee, who resigned on Monday, spoke to the staff.", "on Monday", "Ann Lee resigns"),
        # a typo's doubled word is said once ("had had" is English)
        ("The ferry sank off the the cape on Monday.", "on Monday", "Ferry sinks off the cape"),
        ("The dock strike will end soon, the mayor said said in an interview on Monday.", "on Monday",
         "Mayor: dock strike to end soon"),
        ("The mayor said on Monday that she had had enough.", "on Monday", "Mayor: she had had enough"),
        # the part of the day before the date's phrase goes with it
        ("The dam burst on the night of 20 April.", "20 April", "Dam bursts"),
        ("The chief said that on the evening of 20 April the firm closed the plant.", "20 April",
         "Chief: firm closes the plant"),
        # a verb's particle "back" stays ("back in May" leads a date and goes with it)
        ("The union hit back on Monday.", "on Monday", "Union hits back"),
        ("Back in 2005, the firm fired 200 workers.", "2005", "Firm fires 200 workers"),
        ("Records show that the faults were raised as far back as June.", "June",
         "Records show that the faults raised"),
        # an aside opening with "with" between the subject and its verb holds no subject
        ("Acme, the largest driller, with rigs used around the globe, fired back on Thursday.", "on Thursday",
         "Acme fires back"),
        # a clause of the day's light only sets the scene's time; what happened is the main clause
        ("As dawn broke on Thursday in the harbour town, crews loaded an oil boom onto boats.", "on Thursday",
         "Crews load oil boom onto boats"),
        ("As the storm hit on Friday, rescuers pulled a girl from the rubble.", "on Friday", "Storm hits"),
        # a dated noun and the relative clause telling what it did, when the main clause tells no past act
        ("The island has yet to recover from two storms in 2008 which destroyed half its crops.", "2008",
         "Two storms destroy half its crops"),
        # a web address is one word, no sentence end
        ("An aide to the senator told FoxNews.com on Wednesday that she is pressing for new tests.", "on Wednesday",
         "Aide to the senator: she is pressing for new tests"),
        # a rough count after the date belongs to it
        ("Engineers will fit a new pump in the next day or two.", "the next day", "Engineers will fit new pump"),
        # a relative clause inside the subject is not the date's verb: the sentence's own is
        ("A ferry that ran aground near the harbour spilled 30 tonnes of fuel on Friday.", "on Friday",
         "Ferry spills 30 tonnes of fuel"),
        ("Divers hired by the owner of a barge that sank recovered a body on Saturday.", "on Saturday",
         "Divers hired by the owner of barge recover body"),
        ("The hiker who lost his way reached the road on Sunday.", "on Sunday", "Hiker reaches the road"),
        # but a date inside the relative clause still dates it
        ("Two crews who spent Friday clearing roads were thanked by the mayor.", "Friday",
         "Two crews spend Friday clearing roads"),
        # and a participle describing the noun, or a verb after "most", is no sentence's verb
        ("The singer, who hired a band for concerts in Paris scheduled for May, cancelled.", "May",
         "Singer hires band for concerts in Paris scheduled"),
        # a short participle after a clause ending on a noun tells of that noun, not of the subject
        ("The mayor explained the rules in her letter, released on Friday.", "on Friday",
         "Mayor's letter released"),
        ("The council cited a survey, released on Friday.", "on Friday", "Survey released"),
        ("The mayor postponed a vote on the budget, scheduled for Friday.", "Friday", "Vote on the budget scheduled"),
        ("The senator left the clinic, discharged on Friday after surgery.", "on Friday", "Senator discharged"),
        # ... but after a subject still waiting for its verb, the participle is that verb
        ("Shares in Acme, a firm facing two suits, rallied on Friday.", "on Friday", "Shares in Acme rallied"),
        # a subject's relative clause closed by the date, then an aside naming the subject
        ("One barge that arrived on Friday, the so-called Sea Lion, is the largest on the river.", "on Friday",
         "One barge arrives"),
        # a quote's opening joiner goes with the rest of its sentence
        ("\"But there is still no bed for the injured,\" Ann Lee said on Friday.", "on Friday",
         "Ann Lee: there is no bed for the injured"),
        # an -ly adverb after the subject leaves it plural; an owner's title is an aside like "the mayor"
        ("Later, engineers sharply raised their estimate of the leak on Friday.", "on Friday",
         "Engineers raise their estimate of the leak"),
        ("Ann Lee, Acme's embattled chief executive, posted on the firm's blog on Friday that sales fell.",
         "on Friday", "Ann Lee posts on the firm's blog that sales fell"),
        # A leading date and a trailing attribution go; "a/an" go.
        ("On Friday, the central bank raised interest rates by half a point, according to a statement.",
         "On Friday", "Central bank raises interest rates by half point"),
        # Titles before names go, with their modifiers; adverbs go.
        ("Norwegian Prime Minister Erna Solberg warmly welcomed German Chancellor Olaf Scholz to Oslo on Friday.",
         "on Friday", "Erna Solberg welcomes Olaf Scholz to Oslo"),
        # A parenthesised acronym replaces the name it abbreviates.
        ("The World Health Organization (WHO) declared an emergency on Thursday after cases doubled.",
         "on Thursday", "WHO declares emergency"),
        # "they" in a subordinate clause takes the main clause's plural subject.
        ("Macron and Scholz shook hands warmly when they met in Aachen on Tuesday.", "on Tuesday",
         "Macron and Scholz meet in Aachen"),
        # "he" takes the name before it; a possessive name loses its 's.
        ("It was Modi's first visit since he won a third term in June.", "in June", "Modi wins third term"),
        # A subordinate part with its own subject is the happening the date reports.
        ("The factory stopped production after thousands of workers walked out on Monday.", "on Monday",
         "Thousands of workers walk out"),
        # Reporting verbs lead to what was reported.
        ("White House spokesman John Kirby said on Tuesday that Xi should press Putin to withdraw his troops.",
         "on Tuesday", "John Kirby: Xi should press Putin to withdraw his troops"),
        ("Tom Rhee, leader of the dockers' union, said the union will meet management on Friday.", "on Friday",
         "Tom Rhee: union to meet management"),
        ("The ministry told reporters on Monday that the border will reopen to trucks.", "on Monday",
         "Ministry: border to reopen to trucks"),
        # A bare "X said in Geneva" leads to the quotation.
        ("\"We expect the ceasefire to hold,\" Gunnarsson said in Geneva on Sunday.",
         "on Sunday", "Gunnarsson: We expect the ceasefire to hold"),
        # ... also when the quotation opened in the sentence before.
        ("Nobody saw it coming,\" Okafor told the broadcaster in an interview aired on Friday.", "on Friday",
         "Okafor: Nobody saw it coming"),
        # A relative clause borrows its antecedent; "until" bounds the happening and stays.
        ("Delegates signed a draft, ahead of the summit, which is due to run until Thursday.", "until Thursday",
         "Summit due to run until Thursday"),
        # A subject-less clause after a comma borrows the subject before it.
        ("Lagos, which had resisted for months, quietly approved the new tariff last week.", "last week",
         "Lagos approves the new tariff"),
        # Passive with "was": headline style drops the auxiliary.
        ("A state of emergency was declared in the province on Saturday.", "on Saturday",
         "State of emergency declared in the province"),
        # A participle after "since" takes the main clause's subject.
        ("Making her first trip abroad since winning the election in May, Sheinbaum met Trudeau.", "in May",
         "Sheinbaum wins the election"),
        # Coordinated past verbs are both put in the present.
        ("The senator praised the deal and predicted it would pass next month.", "next month",
         "Senator praises the deal and predicts it would pass"),
        # Nouns that look like verbs do not end the subject.
        ("Broader talks on trade and energy are scheduled for Wednesday.", "for Wednesday",
         "Broader talks on trade and energy scheduled"),
        # Plurals without an -s, and counted heads, take the plural verb.
        ("About 3,000 people fled the valley on Sunday.", "on Sunday", "About 3,000 people flee the valley"),
        ("Police arrested two men on Friday.", "on Friday", "Police arrest two men"),
        # An aside naming or describing the subject between commas is dropped so it meets its verb.
        ("A spokesman for the coast guard, Leo Brandt, denied the report on Friday.", "on Friday",
         "Spokesman for the coast guard denies the report"),
        ("The mayor, a former teacher, resigned on Monday after the vote.", "on Monday", "Mayor resigns"),
        # A cut never leaves a headline hanging on a preposition ("... hospitals including").
        ("On Sunday the annual harbour and lakeside summer festival will raise money for four small hospitals"
         " including the new ward in the north.", "On Sunday",
         "Annual harbour and lakeside summer festival to raise money for four small hospitals"),
        # A date qualifying a noun leaves the noun's article and preposition in place.
        ("Dozens of homes were lost in the 3 March landslide near the town.", "the 3 March",
         "Dozens of homes lost in the landslide near the town"),
        # A "when" clause headed by the date tells its happening, not the clause around the date.
        ("Critics say the plan marks a turn since June, when the minister approved the new port.", "since June",
         "Minister approves the new port"),
        # A subordinate clause that runs into the next subject without a comma ends there.
        ("When Maria Lopez, 47, became the bank's chairman in 2009 she promised reform.", "in 2009",
         "Maria Lopez becomes the bank's chairman"),
        # "which" after an aside means the noun before the aside; a number keeps its hyphenated tail.
        ("It shows ruins left by a 6.5-magnitude quake, the region's worst in a century, which struck"
         " on Friday.", "on Friday", "6.5-magnitude quake strikes"),
        # a title's "of" takes one name; with no person's name after it, the whole is the subject
        ("The head of Acme America will appear before Congress on Monday.", "on Monday",
         "Head of Acme America to appear"),
        ("The head of Ofcom Ed Richards resigned on Monday.", "on Monday", "Ed Richards resigns"),
        # a trailing name ending like a reporting verb is no attribution
        ("The ferry firm took a $3 million charge in May to cover the fire -- the worst ever in the United States.",
         "in May", "Ferry firm takes $3 million charge to cover the fire"),
        # a past with its base's form opening a second predicate after the date is the subject's act
        ("The ferry firm evacuated its rigs on Saturday, and on Sunday shut output at two wells.", "on Sunday",
         "Ferry firm shuts output at two wells"),
        ("The firm evacuated its rigs on Saturday, and on Sunday a cut in fares followed.", "on Sunday",
         "Cut in fares followed"),
        # an adverb a degree word leans on stays ("too rapidly to ..."), others go
        ("The ferry sank so quickly on Monday that no one escaped.", "on Monday",
         "Ferry sinks so quickly that no one escaped"),
        ("The mayor warmly welcomed the plan on Monday.", "on Monday", "Mayor welcomes the plan"),
        # "which" after a happening and where it was means the happening, not the place
        ("The storm recalled the flood at the mill in northern Ohio, which killed 40 people in 1913.", "1913",
         "Flood kills 40 people"),
        ("It revived memories of the mine explosion off the coast, which killed 90 people in 1971.", "1971",
         "Mine explosion kills 90 people"),
        # ... but what the place did is the place's
        ("Crowds recalled the fire at the museum, which reopened on Tuesday.", "on Tuesday", "Museum reopens"),
        # "X says it believes Y": the belief is the speaker's; Y is what was said.
        ("The charity says it believes 30-40,000 people died in the floods on Sunday.", "on Sunday",
         "Charity: 30-40,000 people die in the floods"),
        # A long subject loses its participle phrase before the cut takes the verb.
        ("On Friday the 2,000 UN troops based in and around the capital are guarding the airport and the port.",
         "On Friday", "2,000 UN troops are guarding the airport and the port"),
        ("Underwater robots steered by engineers a mile above will begin work on Saturday removing the old cap.",
         "on Saturday", "Underwater robots to begin work removing the old cap"),
        # An -ed word after an -ing participle describes a noun: "injured" is not the verb.
        ("Lawyers representing injured miners pushed for a trial in May.", "in May",
         "Lawyers representing injured miners push for trial"),
        ("Premier Li Jinping planned more talks on Tuesday.", "on Tuesday", "Li Jinping plans more talks"),
        # A date ending its clause dates that clause, not the next conjunct.
        ("It said crews had installed four pumps since Sunday, and a charity was sending a team of 12.",
         "since Sunday", "Crews had installed four pumps"),
        # A date alone between commas after a clause is another date of that clause.
        ("The clinic will stay open today, tomorrow, and for as long as it is needed.", "tomorrow",
         "Clinic to stay open today"),
        # An aside with a participle ("an author based in Miami") is still an aside.
        ("Ann Roe, an award-winning author based in Miami, told the agency on Monday she could not reach her family.",
         "on Monday", "Ann Roe could not reach her family"),
        # A subject's trailing adverb is not its head: "the Europeans first" are plural.
        ("When the Europeans first arrived more than 400 years ago, they found forests.",
         "more than 400 years ago", "Europeans first arrive"),
        # What a stamp leaves before the sentence ("10:47 PM") is no part of the headline.
        ("Monday, May 3, 2021; 10:47 PM Acme said it would close the plant.", "Monday, May 3, 2021; 10",
         "Acme: it would close the plant"),
        # The speaker is who spoke, not where: "Ann Roe at a hospital in Jacmel says" -> "Ann Roe:".
        ("On Monday the BBC's Ann Roe at a hospital in Jacmel said the wards were full.", "On Monday",
         "BBC's Ann Roe: wards were full"),
        # A passive with its agent stays a passive: "destroyed by", not "destroy by".
        ("Phone masts were destroyed by the storm on Tuesday.", "on Tuesday", "Phone masts destroyed by the storm"),
        # "she" in a clause after the main one is the sentence's subject, a person, not the last name.
        ("President Ana Ruiz will ask Congress to pass the budget when she speaks to the nation on Tuesday night.",
         "on Tuesday night", "Ana Ruiz speaks to the nation"),
        # Any short audience before "that" is skipped; a ticker is a word, not a sentence end.
        ("The firm told the regional stock market this morning that it will close two mills.", "this morning",
         "Firm to close two mills"),
        ("Shares of ACME.L rose 3 percent on Thursday in London trading.", "on Thursday",
         "Shares of ACME.L rise 3 percent in London trading"),
        # A possessive date keeps the preposition that leads to its noun; the subject's head is
        # before its participle.
        ("Some sheds already weakened by last week's storm collapsed.", "last week",
         "Some sheds weakened by storm collapse"),
        # A long description of the speaker gives way to the name it ends with.
        ("On Monday the UK-based aid agency Save the Children said many children would be in danger.", "On Monday",
         "Save the Children: many children would be in danger"),
        # In a run-in chronology each date heads the item after its colon, without the next item's date.
        ("3 April: Dam bursts 9 May: Engineers seal the breach 2 June: Inquiry opens", "9 May",
         "Engineers seal the breach"),
        ("3 April: Dam bursts 9 May: Engineers seal the breach 2 June: Inquiry opens", "3 April", "Dam bursts"),
        # a range of days heads the item too ("April 21 - 22 - ...")
        ("Two blasts shake the dam at night April 21 - 22 - The spillway gates failed to open", "April 21",
         "Spillway gates fail to open"),
        ("A spokesman told Reuters news agency on Friday that the firm had sold 2,000 barrels.", "on Friday",
         "Spokesman: firm had sold 2,000 barrels"),
        # A participle phrase "from ..." before a modal is the subject's description, not its verb.
        ("The chief said the share of gas captured from the leaking well could double by next week.", "by next week",
         "Chief: share of gas captured from the leaking well could double"),
        # A purpose clause ("to examine ...") is a phrase end: the place before it is kept.
        ("Inspectors from the National Road Safety Agency and the coastguard arrived in Port Alder on Sunday to"
         " examine the wreck of the old harbour bridge.", "on Sunday",
         "Inspectors from the National Road Safety Agency and the coastguard arrive in Port Alder"),
        # An audience described before its name, then what was said without "that".
        ("On Wednesday the singer told talk show host Ann Lee the charity had learned from its mistakes.",
         "On Wednesday", "Singer: charity had learned from its mistakes"),
        # A measure used as an adjective before a comma lists another adjective: the noun phrase goes on.
        ("Marchers on Monday began a 10-day, 200-mile walk to the capital.", "on Monday",
         "Marchers begin 10-day, 200-mile walk to the capital"),
        # after a count too
        ("The yard launched two 90-metre, 4,000-tonne ferries on Monday.", "on Monday",
         "Yard launches two 90-metre, 4,000-tonne ferries"),
        ("The crews laid one 12-mile, 40-inch pipe on Monday.", "on Monday", "Crews lay one 12-mile, 40-inch pipe"),
        # not an object relative: a verb that has its own object, what one is reminded of
        ("Ministers reminded the voters that the party raised taxes in 2010.", "in 2010",
         "Ministers reminded the voters that the party raised taxes"),
        ("Fans argue about the penalty that the referee gave on Saturday.", "on Saturday", "Referee gives the penalty"),
        ("Lewis Lee claimed pole position on Saturday for the Grand Prix race in Monaco after a thrilling qualifying"
         " session in the rain.", "on Saturday", "Lewis Lee claims pole position for the Grand Prix race in Monaco"),
        # "point out that" and "argue that" report what was said; "pointed out the changes" does not.
        ("Officials pointed out that the dam was built in 1950.", "in 1950", "Officials: dam built"),
        ("Critics argue that the bank raised rates too fast in 2008.", "in 2008",
         "Critics: bank raises rates too fast"),
        ("Ann Lee pointed out the changes on Monday on her blog.", "on Monday",
         "Ann Lee pointed out the changes on her blog"),
        # One quoted in the passive is the speaker, whichever segment the date is in.
        ("1101 Former mayor Ann Lee is quoted by the Reuters news agency as saying the flood is a tragedy.", "1101",
         "Ann Lee: flood is tragedy"),
        ("Former mayor Ann Lee was quoted by a local paper on Monday as saying the flood was a tragedy.", "on Monday",
         "Ann Lee: flood was tragedy"),
        # A role after "as" ends before a purpose clause: its verbs are no role's
        ("He said he was confident that at least one local investor and one city council would be named as a"
         " plaintiff next month in order to make it more likely that local funds would share in any payout.",
         "next month", "At least one local investor and one city council would be named as plaintiff"),
        # An object relative clause that holds the date tells its own act, done to the noun before it.
        ("The bridge that the army built in 1944 was closed on Monday.", "in 1944", "Army builds the bridge"),
        ("The response includes a new plan that the council unveiled on Thursday.", "on Thursday",
         "Council unveils new plan"),
        ("A $5 million fund that Acme set up in August for families hurt by the flood.", "in August",
         "Acme sets up $5 million fund for families"),
        ("The leak has been partly stemmed with the cap that engineers lowered onto the well on Thursday night.",
         "Thursday night", "Engineers lower the cap onto the well"),
        # ... with an adverb or a preposition of time after its verb, which is no object of its own
        ("The wells that BP drilled there in 2009 are leaking.", "in 2009", "BP drills the wells there"),
        ("The bridge that the army built quickly in 1944 fell.", "1944", "Army builds the bridge"),
        # A present form before its particle is the clause's verb ("washes up on"), not a later participle.
        ("May 22: Oil from the broken well washes up on the beach near the refuge, a wildlife haven, owned by the"
         " state.", "May 22", "Oil from the broken well washes up on the beach near the refuge owned by the state"),
        # An event's name after a date keeps its article.
        ("She won gold at the 2008 Olympics in Beijing.", "2008", "She wins gold at the Olympics in Beijing"),
        # ... not a name in "-ly", nor a noun of a clause ("the case that ...")
        ("The aid that the state gave Italy in 2009 was spent on schools.", "in 2009",
         "Aid that the state gives Italy was spent on schools"),
        # ... without the sentence's own verb after it
        ("The dam that engineers completed in 1962 burst on Monday.", "in 1962", "Engineers complete the dam"),
        # ... not what was told after a noun ("told reporters that ...")
        ("The coach told reporters that the club signed the striker on Friday.", "on Friday",
         "Coach: club signs the striker"),
        # A second predicate of another day tells that day's act; the first day's ends before it.
        ("Police arrested the man on Monday and charged him on Tuesday.", "on Tuesday", "Police charge him"),
        ("The ferry left Bergen on Wednesday and docked in Hull on Thursday afternoon.", "on Wednesday",
         "Ferry leaves Bergen"),
        # ... not after a reported clause, whose own subject the second predicate shares
        ("A spokesman said the pump would be lowered by tomorrow and connected to the grid over the weekend.",
         "over the weekend", "Spokesman: pump would be lowered by tomorrow and connected to the grid"),
        # "on" after a verb is its particle, kept when "since" and the date go.
        ("The pumping, which had been going on since Wednesday, was halted.", "Wednesday", "Pumping had been going on"),
        # "at approximately" only leads to the time.
        ("Firemen were called at approximately 3am to a blaze at a warehouse near the docks.", "3am",
         "Firemen called to blaze at warehouse near the docks"),
        # A cut never leaves "to" and a verb without what the verb was going to.
        ("The crew will now check the strength of the old river dam in a series of detailed tests expected to"
         " last until Saturday, with engineers meeting every six hours.", "Saturday",
         "Crew will check the strength of the old river dam"),
        # After "told" a lone noun is the one told, when a clause with its own subject follows.
        ("The chief executive told shareholders on Monday his firm had no part in the design.", "on Monday",
         "Chief executive: his firm had no part in the design"),
        ("The manager told staff on Friday the plant would close in March.", "on Friday",
         "Manager: plant would close in March"),
        # ... not what was told ("everything she knew") nor a noun whose relative clause follows
        ("She told jokes the audience loved at the gala on Friday.", "on Friday",
         "Jokes the audience loved at the gala"),
        ("The witness told everything she knew on Monday to the court.", "on Monday",
         "Witness: everything she knows to the court"),
        # A participle clause after a comma takes the subject of the clause before it.
        ("Rescuers worked through the night, pulling two children from the rubble on Sunday.", "on Sunday",
         "Rescuers pull two children from the rubble"),
        # ... but a name after "in" is where the speaker is, not who spoke.
        ("On Monday the office of harbours and roads in Tromso said the ferry would run.", "On Monday",
         "Office of harbours and roads in Tromso says the ferry would run"),
        # Another calendar day in the headline is another event's: it goes, with its preposition.
        ("The old rig caught fire on April 20 and sank on Thursday.", "on Thursday", "Old rig catches fire and sinks"),
        # After "said" the words before a name are what was said, not an audience.
        ("The adviser said on Monday a study by the Ocean Board found no new threat.", "on Monday",
         "Adviser: study by the Ocean Board finds no new threat"),
        # A role before a place is who spoke: the correspondent, not "in Lagos".
        ("A radio correspondent in Lagos said on Monday that priority was given to the flights.", "on Monday",
         "Radio correspondent: priority was given to the flights"),
        # Small words inside a name keep it whole: not "Monde", not "Co".
        ("The charity Medecins du Monde Nordique said on Monday the clinic would open.", "on Monday",
         "Medecins du Monde Nordique: clinic would open"),
        # The subject meets its verb after an aside listing members.
        ("On Tuesday the Harbour Club of lenders, including Norway, Chile, Peru and Ghana, cancelled the "
         "port's debts.", "On Tuesday", "Harbour Club of lenders cancels the port's debts"),
        # Another day joined to the date goes with it, on either side.
        ("The envoys hoped to land supplies at the port by Thursday or Friday.", "Thursday",
         "Envoys hope to land supplies at the port"),
        ("The envoys hoped to land supplies at the port by Thursday or Friday.", "Friday",
         "Envoys hope to land supplies at the port"),
        # The article a date phrase opens with goes with it ("for the [rest of this year]").
        ("The mayor said the ferry for the rest of this year will not sail on Sundays.", "the rest of this year",
         "Mayor: ferry will not sail on Sundays"),
        # After a negative opener and its date, subject and auxiliary trade places back.
        ("Not until May 27 did the survey team raise the estimate to 12,000 barrels.", "May 27",
         "Survey team did raise the estimate to 12,000 barrels"),
        ("Only on Friday were the mountain roads reopened.", "Friday", "Mountain roads reopened"),
        # "That" before a verb is the subject, not a joiner to drop: the label leans on the sentence before.
        ("That pushed the firm's results into a record loss last year.", "last year",
         "That pushes the firm's results into record loss"),
        # A place line in capitals run into the sentence is no part of the headline.
        ("3 MARCH, 0900 GMT, NORTH HARBOUR QUAY Ferry crews walked out over pay.", "3 MARCH, 0900 GMT",
         "Ferry crews walk out over pay"),
        # A name after a role noun, the clause going on after it, is an aside (a list of names is not).
        ("On Friday the premier offered his island counterpart, Ola Berg, his full support.", "On Friday",
         "Premier offers his island counterpart his full support"),
        ("On Monday he met the mayors, Ann Lee, Bo Ek and Cy Ma, in the hall.", "On Monday",
         "He meets the mayors"),
        # Words that only lead into the date go with it.
        ("The station is airing special bulletins over the weekend in three languages.", "the weekend",
         "Station is airing special bulletins in three languages"),
        ("The first pictures came at around 22:00 local time from the capital.", "22:00 local time",
         "First pictures come from the capital"),
        # A date inside a noun phrase takes its closing comma along.
        ("The review also cited a March 3, 2009, harbour fire on one of the ferries.", "March 3, 2009",
         "Review cites harbour fire on one of the ferries"),
        # A relative clause between commas says what the subject is, not what it did that day.
        ("The singer Ola Berg, who set up a charity for the island, arrived in the capital on Sunday.",
         "on Sunday", "Singer Ola Berg arrives in the capital"),
        ("The singer Ola Berg, who arrived on Sunday, set up a charity in 2004.", "on Sunday",
         "Singer Ola Berg arrives"),
        # No past tense right after "of" or an article: "injured" describes, "arrived" is the verb.
        ("Late on Monday a bus full of injured passengers arrived at the clinic.", "Late on Monday",
         "Bus full of injured passengers arrives at the clinic"),
        # The date's article stays before a noun it qualifies, and goes before a function word.
        ("Some 200 people died in the 12 January landslide.", "12 January", "Some 200 people die in the landslide"),
        ("The firm handed over the mine at the start of July to the state company.", "the start of July",
         "Firm handed over the mine to the state company"),
        # "<day> saw X do Y": what the day saw is the happening.
        ("Wednesday saw a harbour crew set fire to part of the slick near the reef.", "Wednesday",
         "Harbour crew set fire to part of the slick near the reef"),
        # A past form before a place, with a later past verb, describes the noun before it.
        ("On Tuesday the heads of the firms involved in the rescue testified before the panel.", "On Tuesday",
         "Heads of the firms involved in the rescue testify before the panel"),
        # A place line in capitals may hold short joiners ("IN", "OF").
        ("VILLAGES IN THE NORTH VALLEY Ferry crews walked out over pay on Sunday.", "on Sunday",
         "Ferry crews walk out over pay"),
        # "which" is no person: after "the governor of X" it means X.
        ("The governor of Ardmoor, which is still recovering from the damage of the great storm in 2005, declared "
         "an emergency.",
         "2005", "Ardmoor is recovering from the damage of the great storm"),
        # ... and its bare verb is told so that the headline keeps it ("pull" -> "pulls").
        ("Friday saw the harbour team pull a young diver alive from the wreck.", "Friday",
         "Harbour team pulls young diver alive from the wreck"),
        # A present verb after a name that the clause reader missed: the participle after it stays a participle.
        ("On Monday the mayor Ola Berg slams firms involved in the harbour works.", "On Monday",
         "Ola Berg slams firms involved in the harbour works"),
        # "I" takes the plural verb form.
        ("On Monday I met the mayor in the hall.", "On Monday", "I meet the mayor in the hall"),
        # A short bracketed gloss is no clause boundary.
        ("Ola ran eight miles (13km) around the lake on Sunday to raise money for the school.", "on Sunday",
         "Ola runs eight miles around the lake to raise money for the school"),
        # A participle and its preposition after a comma describe the noun before, not the subject's act.
        ("The mayor criticised the remarks, posted on a forum on Thursday.", "on Thursday",
         "Mayor criticises the remarks"),
        # A subject too long for its verb loses its last prepositional phrase (not its "of").
        ("Boating on a long stretch of coastal water between Port Alder and the northern capes was banned "
         "for ten days on Sunday.", "on Sunday", "Boating on long stretch of coastal water banned for ten days"),
        # A date closing the relative clause of an aside dates that clause, its noun the aside's last.
        ("Ann Lee, the head of a dive team that arrived in Lund on Thursday, tells the paper that the ship sank.",
         "on Thursday", "Dive team arrives in Lund"),
        # A date closing a relative clause before the sentence's own verb dates the relative clause.
        ("A Dutch rescuer that arrived on Friday morning had freed four miners by nightfall.", "on Friday morning",
         "Dutch rescuer arrives"),
        ("The rig, which sank on Thursday, was owned by a Swiss firm.", "on Thursday", "Rig sinks"),
        ("Divers who arrived on Sunday found two survivors.", "on Sunday", "Divers arrive"),
        # After a singular noun "hit" is the past, not a noun: the date belongs to its clause.
        ("As the storm hit during rush hour on Monday, many more drivers than usual were stranded.", "on Monday",
         "Storm hits during rush hour"),
        # A chronology run in with dashes: the date heads the item after its dash.
        ("1990 - Storm Ada kills hundreds 1996 - Floods wreck the harbour 2001 - Drought ruins the harvest",
         "1996", "Floods wreck the harbour"),
        # A subject ending a list of names takes back the items the commas split from it.
        ("Mayor Ola Berg says rescue teams from Lund, Malmo and Umea will arrive in Oslo throughout Wednesday.",
         "Wednesday", "Ola Berg: rescue teams from Lund, Malmo and Umea to arrive in Oslo"),
        ("Ann Lee, Bo Ek and Cy Fox have all played at the studio this week.", "this week",
         "Ann Lee, Bo Ek and Cy Fox have all played at the studio"),
        # ... and when the names would crowd out the act, what they belong to, not the last names alone
        ("Three divers from Stavanger, Kristiansand and Trondheim were honoured on Friday at the palace.",
         "on Friday", "Three divers honoured at the palace"),
        ("Mayor Ola Berg says lifeboat crews from Stavanger, Kristiansand and Trondheim will arrive on Friday.",
         "on Friday", "Ola Berg: lifeboat crews to arrive"),
        # a weekday told beside the headline's own date goes, with its lead and part of day ...
        ("The port authority called off the search last Friday (22 March) and is now clearing the quay.",
         "22 March", "Port authority calls off the search"),
        ("The ferry line on 4 May moved its last boat to the new pier on Wednesday night.", "on 4 May",
         "Ferry line moves its last boat to the new pier"),
        # ... but not a span of days, nor the term of a thing
        ("From 3 May the school is open on Wednesday to Friday only.", "From 3 May",
         "School is open on Wednesday to Friday only"),
        # an aside that only comments on the clause it interrupts goes, the clause going on
        ("Earlier this week, the harbour master said bookings, so far, had not fallen.", "Earlier this week",
         "Harbour master: bookings had not fallen"),
        # "a" before a quantity stays: "a few" are some, "few" almost none
        ("A few residents returned to the flooded village on Monday.", "on Monday",
         "A few residents return to the flooded village"),
        ("A lot of people fled the town on Monday.", "on Monday", "A lot of people flee the town"),
        # ... but a place phrase before it is no item.
        ("At Harbour Beach, Ann Lee and her son collected tar on Sunday morning.", "on Sunday morning",
         "Ann Lee and her son collect tar"),
        # After "said" the words that follow are what was said, even a plural noun or a name ...
        ("On Sunday, Senator Ann Lee said lawmakers and the mayor should now act.", "On Sunday",
         "Ann Lee: lawmakers and the mayor should act"),
        ("The auditor said on Monday the council had ignored the rules.", "on Monday",
         "Auditor: council had ignored the rules"),
        # ... and another day of the saying is not part of it.
        ("The minister said on Friday the port would reopen, and said Saturday there was no danger.",
         "on Friday", "Minister: port would reopen"),
        # With the date cut out, a verb that finds or reports right after an -ed form is the verb;
        # the participle describing the subject goes with its date (events/headline_subject_participle.py)
        ("The complaint filed yesterday accuses the firm of negligence.", "yesterday",
         "Complaint accuses the firm of negligence"),
        # A "with" phrase is no main clause, whatever participle it holds.
        ('"With continued winds from the west, the slick could reach as far west as Harbour Island by Wednesday," '
         "the agency said.", "by Wednesday", "Agency: slick could reach as far west as Harbour Island"),
        # "despite the firm reporting ...": the noun and its -ing form tell the date's act.
        ("The fall came despite the firm reporting better than expected results on Tuesday.", "on Tuesday",
         "Firm reports better than expected results"),
        # Two clauses joined by "and" without a comma: the date's is the second, with its own subject.
        ("Regional leaders pledged aid and a team from the coast guard was expected to arrive on Wednesday.",
         "on Wednesday", "Team from the coast guard expected to arrive"),
        # A live page's time stamp before the post is no subject.
        ("1253 Ann Lee told reporters that the roads had been blocked yesterday.", "yesterday",
         "Ann Lee: roads had been blocked"),
        # "which", an aside, then the verb: "which" is still the name before it.
        ("The paper has seen the plans of the firm Acme which, in October, was given leave to drill.", "October",
         "Firm Acme was given leave to drill"),
        # "the question of whether ..." is what the question is: no clause of its own.
        ("The board this week raised the question of whether the firm cut corners because it was rushed.",
         "this week", "Board raises the question of whether the firm cut corners"),
        # "the WHO" is no relative pronoun: the verb after it is the clause's.
        ("Experts convened by the WHO on Thursday did not reach a view on whether a switch should take place, "
         "Dr Lee said.", "on Thursday", "Lee: Experts did not reach view on whether switch should take place"),
        # "who" after the name that opens the sentence is that name.
        ("Lund, who was elected to the council in 1994, has received $2,000 from the firm.", "in 1994",
         "Lund elected to the council"),
        # "is reporting that", "are warning that": reported speech; "its warning that" is a noun.
        ("The Harbour Gazette is reporting on Monday that the mayor will resign.", "on Monday",
         "Harbour Gazette: mayor to resign"),
        ("The council on Tuesday repeated its warning that the dam is weak.", "on Tuesday",
         "Council repeats its warning that the dam is weak"),
        # "M6.2" is one word.
        ("In 1946, a M6.2 quake hit the island and raised a tsunami.", "In 1946",
         "M6.2 quake hits the island and raises tsunami"),
        # "Thousands of ..." takes the plural verb.
        ("Thousands of fans spent a second night in the open on Wednesday.", "on Wednesday",
         "Thousands of fans spend second night in the open"),
        # "as many as" opening the sentence is "up to" in a headline, with the count's plural verb.
        ("As many as 2,000 people died in the floods in the valley on Tuesday.", "on Tuesday",
         "Up to 2,000 people die in the floods in the valley"),
        # A date "as soon as" leaves no "as soon" behind, nor "sometime".
        ("Two girls are waiting for surgery sometime today.", "today", "Two girls are waiting for surgery"),
        ("The board may issue new rules as soon as Tuesday for firms that drill.", "Tuesday",
         "Board may issue new rules for firms that drill"),
        # "as much as" measures; it opens no clause.
        ("The firm said it hoped to trap as much as 8m litres of oil daily by the end of June.", "the end of June",
         "Firm hopes to trap as much as 8m litres of oil daily"),
        # A date fronting a clause after "and" belongs to that clause.
        ("Acme never revealed the exact cause of the blast and as recently as 2007, Ann Lee, an engineer, wrote "
         "that the lessons were unknown.", "2007", "Ann Lee: lessons were unknown"),
        # "who" after a count of people is the people, not the last capital ("UK").
        ("Ann Lee was one of about 60 UK divers who arrived at the port early on Saturday.", "on Saturday",
         "60 UK divers arrived at the port"),
        # An attribution ending the sentence reported the clause before it, past any aside or condition.
        ("The mayor will step down in October, Radio North reported Monday.", "Monday",
         "Radio North: mayor will step down in October"),
        ("The deal could be worth $5m if the board agrees, the Harbour Gazette reported on Monday.", "on Monday",
         "Harbour Gazette: deal could be worth $5m"),
        # A date opening the sentence dates its main clause, not an "as"/"after" clause after it ...
        ("In 1967, as the cost of the clean-up grew, the council sought damages from the owners.", "In 1967",
         "Council seeks damages from the owners"),
        ("Friday, May 7, 2010; 3:59 PM As the slick neared the coast, the governor called in the Guard.",
         "3:59 PM", "Governor calls in the Guard"),
        # ... but a "when" right after the date is the date's own clause.
        ("In 2005, when a blast at the Harbour refinery killed 15 workers, the firm made light of it.", "In 2005",
         "Blast at the Harbour refinery kills 15 workers"),
        # A name after a preposition in a possessive subject is a place, not the one meant.
        ("The agency said on Monday its depots in Port Alder had been looted.", "on Monday",
         "Agency: its depots in Port Alder had been looted"),
        # An attribution ending the sentence gives the date's clause its speaker ...
        ("The dam held on Monday, officials said.", "on Monday", "Officials: dam holds"),
        ("4 May 2011 Phone records can not be used as evidence, the judge rules.", "4 May 2011",
         "Judge: Phone records can not be used as evidence"),
        # ... unless whose it is, the reader cannot see.
        ("The inquiry will hold its first hearing on 3 June, her office said.", "on 3 June",
         "Inquiry to hold its first hearing"),
        # A "when" clause after the date is the date's happening, even when "hit" ends it.
        ("Ann was in Lund on 20 May when an aftershock hit, measuring 5.1.", "20 May", "Aftershock hits"),
        ("When the storm hit on Monday, the town was asleep.", "on Monday", "Storm hits"),
        # "and that" opens a second thing said: the date's, not the first.
        ('She said she had asked for "calm, patience and goodwill" and that the first ferries would sail '
         "on Friday.", "on Friday", "First ferries would sail"),
        # An impersonal "it emerged", "it was revealed", "it became clear": the clause after is the news ...
        ("It emerged on Tuesday that the mill had been sold to a rival.", "on Tuesday", "Mill had been sold to rival"),
        ("It also emerged on Tuesday the mill had been sold.", "on Tuesday", "Mill had been sold"),
        ("It was revealed on Tuesday that the mayor had kept two ledgers.", "on Tuesday",
         "Mayor had kept two ledgers"),
        ("It became clear on Tuesday that the ferry would not sail.", "on Tuesday", "Ferry would not sail"),
        # a town's state, abbreviated after a comma, is no speaker nor subject of its own, nor kept
        ("Ann Lee, a fisherman from Houma, La., said on Monday that the shrimp were gone.", "on Monday",
         "Ann Lee: shrimp gone"),
        ("Tom Reyes of Clay, Ala., filed his first claim on Wednesday for lost rent.", "on Wednesday",
         "Tom Reyes of Clay files his first claim for lost rent"),
        # a title word that begins a firm's or a body's name stays ("General Motors"); a title goes
        ("The heads of General Motors met the unions on Tuesday.", "on Tuesday",
         "Heads of General Motors meet the unions"),
        ("General Lee inspected the troops on Tuesday.", "on Tuesday", "Lee inspects the troops"),
        ("President Mills met the envoy on Tuesday.", "on Tuesday", "Mills meets the envoy"),
        ("General Electric's chief executive said on Tuesday that sales would rise.", "on Tuesday",
         "General Electric's chief executive: sales would rise"),
        ("John Smith of Houma, La., said on Tuesday that he had lost his boat.", "on Tuesday",
         "John Smith of Houma: he had lost his boat"),
        # "so far" opens a clause whole: no "Far the ferry ..."
        ("So far 100 people have been given jobs in the scheme, a spokesman said on Monday.", "on Monday",
         "Spokesman: 100 people have been given jobs in the scheme"),
        # ... but not a thing that emerged, one unveiled, nor an "it" that revealed something itself
        ("The ferry emerged from the fog on Tuesday.", "on Tuesday", "Ferry emerges from the fog"),
        ("It was revealed on Monday to a crowd of 500, and the mayor cut the ribbon.", "on Monday",
         "It revealed to crowd of 500"),
        ("It revealed on Monday that profits had fallen by a third.", "on Monday",
         "It reveals that profits had fallen by third"),
        # ... and after the news, "it emerged" hands it the clause before
        ("Dozens of ferry tickets may have been sold twice by the agency, it emerged today.", "today",
         "Dozens of ferry tickets may have been sold twice by the agency"),
        ("Dozens of ferry tickets were sold twice, it emerged today, forcing the firm to drop its system.", "today",
         "Dozens of ferry tickets sold twice"),
        # (not a clause with a date of its own: that date's happening)
        ("The mayor knew of the leak in March, it emerged today, prompting calls to resign.", "today", "It emerges"),
        ("Scores of cases were misdiagnosed in the 1990s, it emerged today, prompting a review.", "today",
         "It emerges"),
        # a plural organisation word is "they" too
        ("Emergency services said on Monday they had rescued 20 people.", "on Monday",
         "Emergency services had rescued 20 people"),
    ],
)
def test_headline(sentence, phrase, expected):
    assert cut(sentence, phrase) == expected


def test_long_headlines_are_cut_at_a_word_boundary_outside_names_and_function_words():
    sentence = ("The committee approved on Friday a long list of amendments to the national budget covering new "
                "schools and hospitals and roads and ports and bridges across the whole of the country.")
    result = cut(sentence, "on Friday")
    assert len(result) <= MAX_CHARS
    assert result.startswith("Committee approves")
    assert sentence.replace("approved", "approves").find(result.split(" ", 2)[2]) >= 0
    assert result.split()[-1].lower() not in {"the", "of", "to", "a", "and"}


def test_a_name_is_not_cut_in_two():
    sentence = ("The leaders began their meeting on Monday in the grand hall of the Kremlin's Saint George Hall "
                "Palace in Moscow.")
    result = cut(sentence, "on Monday")
    assert not result.endswith(("Saint", "George", "Saint George", "Kremlin's"))


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # A phrase that does not fit goes whole: no "in the longest and bloodiest".
        ("Fierce fighting continued in the eastern town of Bakhmut, where Ukrainian forces have held out "
         "since last summer in the longest and bloodiest and most exhausting urban battle anywhere so far.",
         "since last summer", "Ukrainian forces have held out"),
        # Once the verb has its object, "of" and "to" open phrases that may go; the cut keeps the
        # object, not a bare verb ("have revealed", "had given").
        ("Fierce fighting continued in the eastern town of Bakhmut, where Ukrainian forces and volunteer units "
         "have held out since last summer in the longest and bloodiest battle of the war so far.",
         "since last summer", "Ukrainian forces and volunteer units have held out in the longest and bloodiest battle"),
        ("Mobile phone users in the country had by Friday given more than $10 million to the earthquake "
         "relief fund through text messages.", "by Friday",
         "Mobile phone users in the country had given more than $10 million"),
        # A phrase ending just past the limit is finished rather than cut.
        ("The State Department said Monday that the Chinese government in Beijing will uphold its objective and "
         "fair position on the crisis in the region.", "Monday",
         "State Department: Chinese government in Beijing will uphold its objective and fair position"),
        # No phrase end leaves a statement: cut at a word boundary as before, never after a bare verb
        # (nor after a verb and the preposition the cut then drops: "accounted [for]").
        ("The brewing giant accounted last year for about 41 percent of all the beer and cider and lager and "
         "stout and ale sold in the United States.", "last year",
         "Brewing giant accounted for about 41 percent of all the beer and cider and lager"),
    ],
)
def test_a_long_headline_ends_where_a_phrase_ends(sentence, phrase, expected):
    start = sentence.index(phrase)
    result = capped_headline(sentence, start, start + len(phrase))
    assert result.text == expected
    assert result.cut
    assert len(result.text) <= MAX_CHARS + PHRASE_SLACK


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # "it" after an organisation, "they" after a plural common noun, "he" after a name: the speaker.
        ("The company said on Tuesday it expects to release results in mid-November.", "on Tuesday",
         "Company expects to release results in mid-November"),
        ("Officials said on Monday they will reopen the border crossing.", "on Monday",
         "Officials to reopen the border crossing"),
        ("Bill Clinton said on Thursday he had ordered the strikes against the camps.", "on Thursday",
         "Bill Clinton had ordered the strikes against the camps"),
        # a surname alone opening the sentence is a name too; a collective or a role noun is not one
        ("Lindqvist said he was due to meet the port's owners on Sunday.", "on Sunday",
         "Lindqvist due to meet the port's owners"),
        ("Police said he was arrested on Sunday.", "on Sunday", "Police: he arrested"),
        ("Mayor said he was due to meet the port's owners on Sunday.", "on Sunday",
         "Mayor: he due to meet the port's owners"),
        # Not obvious: someone else is named first, or "it" after a person.
        ("Calling the mother of the boy an excellent girl, Fidel Castro said Friday she had been kidnapped.",
         "Friday", "Fidel Castro: she had been kidnapped"),
        ("Antony Blinken said on Monday it showed that talks had stalled.", "on Monday",
         "Antony Blinken: it shows that talks had stalled"),
        # A role noun names a person, and a person is never "it".
        ("Hopes of a deal faded today when the bank's chief executive said it would not be clear for a week "
         "whether the talks had worked.", "today", "Bank's chief executive: it would not be clear for a week"),
        # "it" standing for the clause after an adjective means nobody ...
        ("The firm said on Monday it was too early to say whether profits would fall.", "on Monday",
         "Firm: it was too early to say"),
        ("The party said on Monday it was unlikely that the vote would pass.", "on Monday",
         "Party: it was unlikely that the vote would pass"),
        # ... while the speaker itself is "it" when it acts, is set to act or is likely to.
        ("The firm said on Monday it was gradually closing two plants.", "on Monday", "Firm was closing two plants"),
        ("The agency said on Wednesday it was set to require owners to plug old wells.", "on Wednesday",
         "Agency set to require owners to plug old wells"),
        ("The bank said on Monday it was unlikely to meet its targets.", "on Monday",
         "Bank was unlikely to meet its targets"),
    ],
)
def test_a_pronoun_opening_reported_speech_takes_the_speaker_only_when_obvious(sentence, phrase, expected):
    assert cut(sentence, phrase) == expected


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(
    ["and", "And", "said", "he", "she", "it", "they", "that", "which", ",", "Putin", "Xi", "the", "met", "will",
     "visit", "in", "on", "Monday", "(", ")", "ICC", "\"", "of", "was", "talks", "Mr", "President", "’s", "."]),
    min_size=1, max_size=40), at=st.integers(0, 39))
@example(words=["the", "the", "the", "And"], at=1)  # a doubled word inside the date's phrase stays
def test_a_headline_never_fails_on_any_sentence(words, at):
    sentence = " ".join(words)
    start = len(" ".join(words[: at % len(words)]))
    start = start + 1 if start else 0
    end = min(len(sentence), start + 6)
    result = capped_headline(sentence, min(start, end), end)
    assert isinstance(result.text, str)


def test_a_subject_ending_in_and_is_left_as_it_is():
    # Once an IndexError that stopped a whole corpus from loading.
    sentence = "The boy clung to an inner tube for two days and was plucked from the Atlantic on Thanksgiving Day."
    assert cut(sentence, "two days").startswith("Boy")


def test_a_quotation_before_its_attribution_names_the_speaker_once():
    sentence = '"We were there on Monday before anyone else," Ms Rook told the radio.'
    start = sentence.index("on Monday")
    assert main_clause_headline(sentence, start, start + len("on Monday")).text == "Rook: We were there"


def test_a_noun_phrase_after_and_is_no_second_clause():
    assert cut("Crews cleared the road and the bridge on Monday.", "on Monday").endswith("the road and the bridge")


def test_a_cut_never_ends_inside_a_how_clause_before_its_verb():
    sentence = ("On Sunday the correspondent Ann Lee in Uppsala saw how the custom of helping the needy was being "
                "followed by the people of the old town.")
    start = sentence.index("On Sunday")
    result = capped_headline(sentence, start, start + len("On Sunday"))
    assert not result.text.endswith("the custom")


@pytest.mark.parametrize("sentence", [
    "On Sunday the harbour board's own inspectors calculated that the cost of the new sea wall along the north "
    "quay had doubled.",
    "On Sunday the river authority in the northern district confirmed that the names of the winning bidders for "
    "the dredging contract were to be kept secret.",
    "On Sunday, worries were raised that unusual ticket sales coinciding with the holiday weekend could swamp the "
    "ferry booking office.",
])
def test_a_cut_never_ends_inside_a_that_clause_before_its_verb(sentence: str) -> None:
    start = sentence.index("On Sunday")
    result = capped_headline(sentence, start, start + len("On Sunday"))
    words = result.text.split()
    # Either the "that" clause keeps its verb, or the cut is marked rough (no phrase ended in reach).
    assert result.rough or "that" not in words or first_verb(tokenize(" ".join(words[words.index("that") + 1:])))
    assert capped_headline("On Sunday the board rejected that claim.", 0, 9).text == "Board rejects that claim"


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("Islanders want it all today.", "today"),
    ("Officials said on Monday that they would look into it.", "on Monday"),
])
def test_a_headline_whose_object_only_pointed_elsewhere_is_rough(sentence: str, phrase: str) -> None:
    start = sentence.index(phrase)
    assert capped_headline(sentence, start, start + len(phrase)).rough
    assert not capped_headline("The ferry sank on Monday.", 13, 24).rough  # nothing was taken away


@pytest.mark.parametrize(("sentence", "phrase", "rough"), [
    # the date sits in an aside with no act; the clause the headline falls back on is Friday's
    ("The index closed on Friday at 310, but fell 2% when trading resumed - after a Tuesday holiday - "
     "before closing at 305.", "Tuesday", True),
    ("The mayor will open the bridge on Monday before flying to Oslo on Tuesday.", "Tuesday", False),
    # the date's own clause may name another day; a paper's or a show's name is no day said
    ("The ferry that sank on Monday was raised on Friday.", "on Friday", False),
    ("The minister told the Sunday Herald on Monday that the port would reopen.", "on Monday", False),
])
def test_a_headline_of_another_days_clause_is_rough(sentence: str, phrase: str, rough: bool) -> None:
    start = sentence.index(phrase)
    assert capped_headline(sentence, start, start + len(phrase)).rough is rough


@pytest.mark.parametrize(("sentence", "phrase", "rough"), [
    # the date's clause tells an act of its own, another than the clause the headline falls back on
    ("Ann Lee joined the firm in 1995, two years after it took over her shop in 1993.", "1993", True),
    ("The mill closed its gates after it lost the contract in March.", "March", True),
    ("The gallery was refitted in 2001, shortly before its owner sold it in 2004.", "2004", True),
    ("The council is putting more pressure on the firm, which claims it will have mended the dam by next week.",
     "by next week", True),
    # a clause of the same time as the one it joins: that clause's happening is of its date too
    ("The mayor gave evidence last week, when she urged members to act.", "last week", False),
    ("When I was a cadet in 1971, an old sergeant taught me to sail.", "1971", False),
    ("The club has used the hall, as its home ground, since 1979 when it replaced the old barn.", "1979", False),
    # the headline is the date's own clause
    ("The ferry sank after it hit a rock on Monday.", "on Monday", False),
    # a clause dated to a day tells of that day's other acts too, unless it says since when
    ("Officials evacuated the tower after it caught fire on Monday.", "on Monday", False),
    ("Schools closed early because it snowed heavily in March.", "in March", False),
    ("Ann Lee has run the shop since it opened on 23 August.", "23 August", True),
])
def test_a_headline_of_another_acts_clause_is_rough(sentence: str, phrase: str, rough: bool) -> None:
    start = sentence.index(phrase)
    assert capped_headline(sentence, start, start + len(phrase)).rough is rough


@pytest.mark.parametrize(("sentence", "phrase", "rough"), [
    # the date qualifies a noun that a preposition of another time leads to: the clause acts on it later
    ("The mayor angered unions today by comparing the strike to the 1984 walkout.", "1984", True),
    ("A spokesman declined to comment, pointing reporters to a 9 May memo from the auditor.", "9 May", True),
    ("The mill has stood idle since the 2005 blast.", "2005", True),
    ("Two roads were shut after the 2007 floods, which left 300 homeless.", "2007", True),
    # the dated thing is the clause's own subject or object, or the act's own time
    ("The 9 May memo found that two valves had failed.", "9 May", False),
    ("More than 200 people died in the 2010 quake.", "2010", False),
    ("The old school was destroyed by the 12 January quake.", "12 January", False),
    ("She won the 2008 election with ease.", "2008", False),
    ("He joined the band at the start of the 2009 season.", "2009", False),
    # a date's own noun, a part of the dated time, or the act's own occasion after "to", "for", "on"
    ("A bomb exploded on the Friday morning outside a busy market.", "Friday", False),
    ("The striker scored twice on the opening day of the 2009 season.", "2009", False),
    ("Tens of thousands of workers marched to the 1 May rally in the capital.", "1 May", False),
    ("Thousands of families gathered for the 4 July parade in the town.", "4 July", False),
    # ... unless a word points back to the dated thing, or it is a dated document
    ("Officials said costs related to the 20 April blast cut the profit by half.", "20 April", True),
    ("The agency released part of an April inspection report that found no fault.", "April", True),
    # the date is in a clause that a noun of the headline's predicate opens with "that"
    ("The firm is backing away from a forecast by its chairman that output would double by next week.",
     "by next week", True),
    ("Bookmakers are offering odds that the coach will be sacked by the end of the year.", "by the end of the year",
     True),
    # not a clause of the subject, nor what was said, nor a verb's "that" after its auxiliary
    ("The storm that hit the coast on Monday killed 20 people.", "on Monday", False),
    ("The chairman told Radio Nord news service that the plant had to reopen by Friday.", "by Friday", False),
    ("The bank has forecast that the economy will grow 3 percent in 2011.", "in 2011", False),
    # a relative clause of another act; news told as fact names the dated act too
    ("The agency issued a warning that the river would burst its banks by Thursday.", "by Thursday", True),
    ("Investors welcomed the news that the merger was approved on Friday.", "on Friday", False),
    ("Prosecutors presented evidence that the defendant bought a gun on 3 May.", "on 3 May", True),
    # a cause or a place the act comes from is of the same time; a pointing word must head the preposition
    ("The airport closed because of the Tuesday storm, stranding thousands.", "Tuesday", False),
    ("Thousands of villagers fled from the 2010 floods.", "2010", False),
    ("Relatives of the victims gathered for the Sunday vigil outside the church.", "Sunday", False),
    ("The city went ahead with the Sunday parade despite the rain.", "Sunday", False),
    ("The band will rehearse all week ahead of the Sunday final.", "Sunday", True),
    ("The mayor marked the start of the countdown to the 2012 Games on Tuesday.", "2012", True),
    # a verb that looks back at its dated object acts at another time, not one that does it then
    ("Engineers testified before a panel investigating the April 22 blast.", "April 22", True),
    ("Lawyers are examining the 2005 collapse of the pier.", "2005", True),
    ("Crowds watched the 2010 final in the square.", "2010", False),
    # ... or one that acts on a planned thing before its day
    ("The ministry cancelled the June 30 auction of fishing rights.", "June 30", True),
    ("The club postponed a July 13 trip to the coast.", "July 13", True),
    ("Fans are awaiting the 2012 ruling on the stadium.", "2012", True),
    ("Following his June 4 victory, the senator flew to Ohio.", "June 4", True),
    ("Bad weather delayed the June 14 launch of the shuttle by a day.", "June 14", False),
    # a date ending the noun phrase "since" leads to (or "after", when no day near the article's)
    ("For the board it is the first good news since that costly flood at the plant last April.", "last April",
     True),
    ("Sales have halved after the blast at the depot in March.", "March", True),
    ("Fares have doubled since the strike on Monday.", "on Monday", True),
    ("Shares fell after the report on Monday.", "on Monday", False),
    ("The minister resigned after the vote in parliament in May.", "May", False),  # resigned in May
    ("Oil has been leaking since late April.", "late April", False),
])
def test_a_headline_of_what_only_points_to_a_dated_thing_is_rough(sentence: str, phrase: str, rough: bool) -> None:
    start = sentence.index(phrase)
    assert capped_headline(sentence, start, start + len(phrase)).rough is rough


@pytest.mark.parametrize(("sentence", "phrase", "rough"), [
    # a participle describing the headline's object holds the date: the dated act is the participle's
    ("The senator took up an idea mooted by a think tank in June.", "June", True),
    ("The firm broke its own record of $10m set in 2008.", "2008", True),
    ("Divers reached the wreck of a tanker sunk by the Royal Navy in 1942.", "1942", True),
    ("She sent the council a photo taken in 1908.", "1908", True),
    # not the headline's own verb, a name and its verb, an adverb's verb, a released document,
    # a time's own participle, nor a day near the article's (news dates its own act by those)
    ("The bridge was closed on Monday.", "on Monday", False),
    ("The river is rising, Mayor Ann Lee said in June.", "June", False),
    ("The ferry was badly hit by a storm in 2008.", "2008", False),
    ("Analysts welcomed figures released in June.", "June", False),
    ("Claims fell by 4,000 in the week ended May 1.", "May 1", False),
    ("Crews reopened the road closed by the flood on Monday.", "on Monday", False),
    ("Crews reopened the road closed by the flood on 14 June.", "14 June", False),
    ("Exports fell and import prices climbed in 2009.", "2009", False),
    ("The firm said sales rose and profits doubled in 2009.", "2009", False),
    ("The council lifted sanctions imposed in 2006.", "2006", True),
    ("The agency reached an agreement earlier in July to sell the depot.", "July", False),
])
def test_a_headline_of_an_act_on_a_thing_a_participle_dates_is_rough(sentence: str, phrase: str, rough: bool) -> None:
    start = sentence.index(phrase)
    assert capped_headline(sentence, start, start + len(phrase)).rough is rough


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # an aside between dashes: the clause goes on after it
    ("The council on Monday gave the new bridge -- a span of 300 metres -- a final safety check.", "on Monday",
     "Council gives the new bridge final safety check"),
    ("Police on Friday charged the driver - a man of 45 from Leeds - with dangerous driving.", "on Friday",
     "Police charge the driver with dangerous driving"),
    # a dash after a date heads an item; a second predicate after the dashes is no aside's continuation
    ("May 2 - Ferry crews strike at Dover - the first walkout in years.", "May 2", "Ferry crews strike at Dover"),
    ("Most voters -- seven out of 10 -- backed the plan on Monday.", "on Monday", "Most voters back the plan"),
    # a score's dashes are no aside's
    ("The club won 3 - 1 - its first win in a month - on Saturday.", "on Saturday", "Its first win in a month"),
    ("Crews felt another tremor - the third this week - had a long night on Sunday.", "on Sunday",
     "Crews had long night"),
])
def test_a_headline_skips_an_aside_between_dashes(sentence: str, phrase: str, expected: str) -> None:
    start = sentence.index(phrase)
    assert capped_headline(sentence, start, start + len(phrase)).text == expected


def test_a_possessed_subject_keeps_its_noun_before_a_place_or_a_thing_it_is_of() -> None:
    # "his friend Ann Lee" is Ann Lee; "her trip to Paris" is no Paris, nor "his sale of Exxon" Exxon
    assert cut("His friend Ann Lee resigned from the board on Monday.", "on Monday") == "Ann Lee resigns from the board"
    assert cut("Her trip to Paris in May coincided with the ferry strike.", "in May") == \
        "Her trip to Paris coincided with the ferry strike"
    assert cut("His sale of Exxon on Friday angered the fund's owners.", "on Friday").startswith("His sale of Exxon")


def test_who_after_a_clause_inside_an_aside_is_that_clauses_noun_and_a_count_takes_a_plural_verb() -> None:
    sentence = "Flowers lie by the gate, a reminder that more than 40 who died there on Monday were miners."
    assert cut(sentence, "on Monday") == "40 die there"
    # an aside naming the one before it still gives way to that name
    assert cut("Ann Lee, a former nurse who rescued two boys on Monday, spoke to the panel.", "on Monday") == \
        "Ann Lee rescues two boys"
    assert cut("A Boeing 747 took off on Saturday.", "on Saturday") == "Boeing 747 takes off"


def test_a_speaker_going_on_hands_the_headline_to_the_quotation() -> None:
    sentence = '3.10 pm: Senator Lee continues: "The firm\'s complacency is astonishing."'
    assert cut(sentence, "3.10 pm") == "Lee: firm's complacency is astonishing"  # (titles go, as elsewhere)
    assert cut("The search continued on Monday.", "on Monday") == "Search continues"


def test_before_a_noun_phrase_with_no_verb_of_its_own_is_a_place_not_a_clause() -> None:
    assert cut("The mayor went before the cameras to defend the plan on Monday.", "on Monday") == \
        "Mayor goes before the cameras to defend the plan"
    assert cut("Ann Lee testified before a Senate panel on Tuesday.", "on Tuesday") == \
        "Ann Lee testifies before Senate panel"
    # with a verb after its noun phrase it opens a clause
    assert cut("The crews left the rig before the storm hit on Monday.", "on Monday") == \
        "Crews leave the rig before the storm hit"


def test_a_name_after_a_companys_role_is_the_one_meant() -> None:
    assert cut("Acme's North Sea boss Ann Lee resigned on Tuesday.", "on Tuesday") == "Ann Lee resigns"
    # not a place or a thing the possessor owns
    assert cut("Dr Roe's laboratory in north London expects samples next week.", "next week") == \
        "Roe's laboratory in north London expects samples"


def test_an_active_quote_names_the_one_quoted_and_a_second_predicate_may_be_cut() -> None:
    assert cut("On Monday the agency quoted the mayor as saying the port would reopen.", "On Monday") == \
        "Mayor: port would reopen"
    sentence = ("1415 The radio quotes harbour safety chief Ann Lee as saying crews have cleared 40 wrecks and old "
                "fishing boats from the channel and expect to reopen it within a week.")
    assert cut(sentence, "1415") == "Ann Lee: crews have cleared 40 wrecks and old fishing boats from the channel"
    # the one quoted is the friend, not the name the friend is of; a pronoun or a noun "quotes" is no speaker
    assert cut("The paper quoted a friend of Ann Lee as saying on Friday that she had left.", "on Friday") == \
        "Friend of Ann Lee: she had left"
    assert not cut("The paper quoted her as saying on Monday that the ferry was late.", "on Monday").startswith("Her")
    assert "From" not in cut("The site carried quotes from Lee as saying on Monday that she would run.", "on Monday")
    # a pair of nouns after "and" is no second predicate to cut at
    sentence = ("The governor promised on Monday to send hundreds of extra police to the harbour district to "
                "restore law and order after the riots in the north.")
    assert not cut(sentence, "on Monday").endswith("restore law")
    # hearsay ("a text quoting the agency") names no speaker
    assert not cut("The rumour began on Sunday with a text quoting the agency as saying rays would hit.",
                   "on Sunday").startswith("Agency:")


def test_second_review_of_this_sessions_headline_rules() -> None:
    # "before" and a noun phrase that goes on to its verb opens a clause
    assert cut("The crews left the rig on Monday before the head of the rebels surrendered.", "on Monday") == \
        "Crews leave the rig"
    # "who" after an aside is the name before it, unless a count ends the aside with no comma before "who"
    assert cut("Ann Lee, a lawyer for that firm, who resigned on Monday, denied it.", "on Monday") == "Ann Lee resigns"
    # a year as a subject is no count
    assert cut("The agency said on Monday 2008 saw a record number of closures.", "on Monday") == \
        "Agency: 2008 sees record number of closures"
    # a search going on is no speaker of the quotation after it
    assert not cut('2310 The search continues: "We will not give up."', "2310").startswith("Search:")
    # "alone" after a day describes the subject
    assert cut("The minister arrived on Monday alone, without his aides.", "on Monday") == "Minister arrives alone"


def test_a_headline_from_a_having_clause_tells_its_own_act():
    sentence = "Ferry shares fell 2% in early trading, having climbed 5% on Monday after the merger talk."
    start = sentence.index("on Monday")
    text = capped_headline(sentence, start, start + len("on Monday")).text
    assert "having" not in text and text.endswith(("climbs 5 %", "climb 5 %"))


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # a passive with an irregular participle drops its "were", and the act after "and" stays a participle
    ("Two pilots were flown to a clinic and released by early Friday evening.", "early Friday evening",
     "Two pilots flown to clinic and released"),
    # "in the week beginning <date>" means nothing without the date
    ("The dredging of the harbour will start in the week beginning 6 May.", "6 May",
     "Dredging of the harbour to start"),
    # a span's opener ("beginning", "effective") and "late" before a day mean nothing without it
    ("The crews will move the barges inland beginning tonight.", "tonight", "Crews to move the barges inland"),
    ("The port authority lifted the curfew effective Friday.", "Friday", "Port authority lifts the curfew"),
    ("The storm could reach the islands by late on Wednesday.", "Wednesday", "Storm could reach the islands"),
    # the verb of its clause stays
    ("The ferry strike is starting Monday.", "Monday", "Ferry strike is starting"),
    ("The ferry strike is now starting Monday.", "Monday", "Ferry strike is starting"),
    ("The new timetable became effective Friday.", "Friday", "New timetable becomes effective"),
    ("Jones avoided starting Sunday's race after a crash.", "Sunday", "Jones avoids starting race"),
    # "alone" after a date qualifies it, and goes with it
    ("Ferry bookings fell 5% in the first quarter alone.", "the first quarter", "Ferry bookings fall 5 %"),
    ("In May alone, the port handled 40 ships.", "May", "Port handles 40 ships"),
    # "late" as an adjective or a measure stays; late in a day goes with the day
    ("The ferry arrived three hours late on Sunday.", "Sunday", "Ferry arrives three hours late"),
    ("Footage late on Friday showed oil on the beach.", "Friday", "Footage shows oil on the beach"),
])
def test_headline_words_that_only_framed_the_date_or_a_passive(sentence: str, phrase: str, expected: str) -> None:
    start = sentence.index(phrase)
    assert capped_headline(sentence, start, start + len(phrase)).text == expected


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # the date opens the relative clause: the clause is what happened then, its subject the name before "who"
    ("The mayor thanked Ann Lee, who on Monday pulled two boys from the river.", "on Monday",
     "Ann Lee pulls two boys from the river"),
    # a subordinator before the date still leaves the date to the main clause
    ("The council said the bridge was closed just after noon on Friday and was being inspected.", "noon",
     "Council: bridge closed"),
])
def test_a_date_right_after_who_dates_the_relative_clause(sentence: str, phrase: str, expected: str) -> None:
    start = sentence.index(phrase)
    assert capped_headline(sentence, start, start + len(phrase)).text.startswith(expected)


@pytest.mark.parametrize("sentence", [
    "Two ferries had docked by Friday evening and navy divers were to start repair work on the damaged pier of the "
    "old harbour.",

    "Two ferries had docked in the old harbour by Friday evening and the navy divers from the base were to start "
    "work.",
])
def test_a_cut_never_keeps_a_second_subject_without_its_verb(sentence: str) -> None:
    start = sentence.index("by Friday evening")
    text = capped_headline(sentence, start, start + len("by Friday evening")).text
    after_and = text.split(" and ", 1)[1] if " and " in text else ""
    assert not after_and or first_verb(tokenize(after_and)) is not None


@pytest.mark.parametrize(("sentence", "expected"), [
    # cut after its verb, or inside its subject ("the foreign | ministry said")
    ("Twelve orphans adopted by Dutch families landed in the Netherlands on Sunday and the justice ministry said it "
     "was speeding up paperwork for 100 more.", "Twelve orphans landed in the Netherlands"),
    ("Four orphans taken in by Irish families landed at Dublin airport on Sunday and the foreign ministry said it "
     "was speeding up papers for 60 more.", "Four orphans taken in by Irish families landed at Dublin airport"),
])
def test_a_second_clause_cut_before_it_says_what_is_left_out(sentence: str, expected: str) -> None:
    start = sentence.index("on Sunday")
    assert capped_headline(sentence, start, start + len("on Sunday")).text == expected


def test_two_clauses_that_fit_a_headline_are_both_told():
    sentence = "The search ended on Friday and the focus has shifted to food."
    start = sentence.index("on Friday")
    expected = "Search ends and the focus has shifted to food"
    assert capped_headline(sentence, start, start + len("on Friday")).text == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Sadly the ferry sank on Monday.", "Ferry sinks"),
    ("Hardly anyone came to the meeting on Monday.", "Hardly anyone comes to the meeting"),
    ("Sally said on Monday that the ferry sank.", "Sally: ferry sinks"),
])
def test_a_comment_adverb_opening_the_sentence_is_no_part_of_the_headline(sentence: str, expected: str) -> None:
    start = sentence.index("on Monday")
    assert capped_headline(sentence, start, start + len("on Monday")).text == expected


def test_the_time_zone_of_a_removed_time_is_removed_with_it():
    sentence = "The relief flight is due to reach the island at around midnight GMT."
    start = sentence.index("midnight")
    assert "GMT" not in capped_headline(sentence, start, start + len("midnight")).text


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    ("The Harbour Trust, founded in 1971 by local fishermen, sold the quay on Monday.", "1971",
     "Harbour Trust founded by local fishermen"),
    ("The Harbour Trust, set up in 1985 by local fishermen, sold the quay on Monday.", "1985",
     "Harbour Trust set up by local fishermen"),
    # a short aside with no agent, still a passive: not "Survey publishes"
    ("The survey, published on Tuesday, draws on the harbour's own records.", "Tuesday", "Survey published"),
    ("The new ferry, launched in 1998, sank on Monday.", "1998", "New ferry launched"),
    # the aside's participle is the main clause's verb when nothing follows it at once
    ("Ann Lee, the harbour master, closed the quay on Monday, saying it was unsafe.", "on Monday",
     "Ann Lee closes the quay"),
])
def test_a_date_in_a_participle_aside_dates_the_aside(sentence: str, phrase: str, expected: str) -> None:
    start = sentence.index(phrase)
    assert capped_headline(sentence, start, start + len(phrase)).text == expected


def test_a_title_goes_with_its_lower_case_modifiers():
    sentence = "In 1953 the prime minister Ann Lee overruled her ill foreign secretary Bo Ek."
    start = sentence.index("1953")
    assert capped_headline(sentence, start, start + 4).text == "Ann Lee overruled Bo Ek"


def test_a_cut_never_splits_a_range_of_numbers():
    sentence = "A similar burn off the coast of Northlandia in 1993 eliminated 50 to 99 percent of captured oil."
    start = sentence.index("1993")
    result = capped_headline(sentence, start, start + 4)
    assert result.rough or not result.text.endswith(" 50")  # no phrase ends inside the range


def test_an_ly_word_after_a_determiner_or_a_conjunction_is_no_adverb_to_drop():
    sentence = "A mixture of relief and melancholy greeted the news on Tuesday."
    start = sentence.index("on Tuesday")
    assert capped_headline(sentence, start, start + len("on Tuesday")).text == \
        "Mixture of relief and melancholy greets the news"


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("Divers will spend the weekend trying to free the trawler.", "the weekend"),
    ("Divers spent Monday and Tuesday trying to free the trawler.", "Tuesday"),
])
def test_a_date_that_is_what_was_spent_stays_in_the_headline(sentence: str, phrase: str) -> None:
    start = sentence.index(phrase)
    text = capped_headline(sentence, start, start + len(phrase)).text
    assert phrase.split()[-1] in text and "trying to free the trawler" in text


def test_a_day_joined_to_the_date_by_or_the_goes_with_it():
    sentence = "The port says the ferry could sail late tomorrow or the weekend, once the storm has passed."
    start = sentence.index("late tomorrow")
    assert "weekend" not in capped_headline(sentence, start, start + len("late tomorrow")).text


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    ("The ferry sank at 2 pm local time (1900 GMT) on Monday.", "2 pm", "Ferry sinks"),
    ("The ferry sank at 1425 local time on Monday morning near the pier.", "1425", "Ferry sinks near the pier"),
    ("The ferry sank at 2:25 p.m. Eastern time Monday near the pier.", "2:25 p.m.", "Ferry sinks near the pier"),
    ("The strike began at 9 a.m. Monday 300 yards from the pier.", "9 a.m.", "Strike begins 300 yards from the pier"),
])
def test_the_rest_of_a_removed_moment_goes_with_it(sentence: str, phrase: str, expected: str) -> None:
    start = sentence.index(phrase)
    assert capped_headline(sentence, start, start + len(phrase)).text == expected


@pytest.mark.parametrize(("clause", "verb"), [
    # a participle giving the noun before it its name is not the clause's verb ...
    ("A group called Save Our Coast marched to the port", "marched"),
    # an irregular past like its participle, before "by", describes the noun before it
    ("The money spent by the council was wasted", "was"),
    ("The council spent by far the most", "spent"),
    ("The film titled Blue Water opened in cinemas", "opened"),
    # ... but the same word with no verb after the name is the act
    ("The mayor called Ann Lee", "called"),
    ("Ann Lee called Tom Reyes and resigned", "called"),
    # a past form after an adjective that only stands before nouns is that noun
    ("The crew's next shot at the record ended in a crash", "ended"),
])
def test_a_participle_that_names_a_noun_is_not_the_verb(clause: str, verb: str) -> None:
    tokens = tokenize(clause)
    at = first_verb(tokens)
    assert at is not None and tokens[at].text == verb


def test_a_participle_after_a_reported_clause_tells_of_that_clauses_subject() -> None:
    sentence = "The board said on Friday that the repair bill reached $9 million, rising from $6 million on March 3."
    start = sentence.index("March 3")
    text = capped_headline(sentence, start, start + len("March 3")).text
    assert text.startswith("Repair bill") and "rises from $6 million" in text


def test_a_participle_after_there_is_tells_of_what_there_was() -> None:
    sentence = "There were two blasts at the depot, injuring nine guards on May 4."
    start = sentence.index("May 4")
    text = capped_headline(sentence, start, start + len("May 4")).text
    assert text.startswith("Two blasts injure nine guards")


def test_a_cut_keeps_a_verb_with_its_own_preposition() -> None:
    sentence = ("The ferry firm is being criticised from every side over its efforts to deal with the "
                "fuel spill in the harbour of the old town on Monday.")
    start = sentence.index("on Monday")
    text = capped_headline(sentence, start, start + len("on Monday")).text
    assert not text.endswith(" deal")


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # a date closing a relative clause in the object dates that clause
    ("The mayor praised the repair of a bridge that collapsed in early March.", "early March",
     "Bridge collapses"),
    ("Officials checked a dam that began leaking around May 2.", "May 2", "Dam begins leaking"),
])
def test_a_date_closing_a_relative_clause_dates_that_clause(sentence: str, phrase: str, expected: str) -> None:
    start = sentence.index(phrase)
    assert capped_headline(sentence, start, start + len(phrase)).text.startswith(expected)


def test_a_relative_clause_in_the_subject_does_not_take_the_main_clauses_date() -> None:
    sentence = "The valve that failed was raised from the seabed on Saturday."
    start = sentence.index("on Saturday")
    assert "raised from the seabed" in capped_headline(sentence, start, start + len("on Saturday")).text


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # a title goes whole: "Chief Executive Officer", not only its first word
    ("On Monday, Acme Chief Executive Officer Ann Lee resigned.", "On Monday", "Ann Lee resigns"),
    ("Last week, Chief Operating Officer Tom Reyes stepped down.", "Last week", "Tom Reyes steps down"),
    # a regular past the verb list does not know still goes into the present before its object ...
    ("Divers capped the broken pipe on Friday.", "on Friday", "Divers cap the broken pipe"),
    ("The board stepped up its search on Monday.", "on Monday", "Board steps up its search"),
    # ... but not where it may be a participle describing a noun
    ("A gannet covered in tar was found on Monday.", "on Monday", "Gannet covered in tar found"),
    # an abbreviation keeps its hyphenated tail: "U.S.-listed" is one word, no verb "lists"
    ("The firm's U.S.-listed shares closed 2 percent lower on Tuesday.", "on Tuesday",
     "Firm's U.S.-listed shares closed 2 percent lower"),
    # an -ed form before a noun that an auxiliary follows describes the noun
    ("On Monday a remote operated camera was lowered into the shaft.", "On Monday",
     "Remote operated camera lowered into the shaft"),
    # "as a/an" with no verb after it is a role, part of the clause ...
    ("The mayor described the flood as a disaster for the town on Monday.", "on Monday",
     "Mayor describes the flood as disaster for the town"),
    # ... and a share keeps what it is a share of, or goes whole
    ("On Monday the rescue work in the old town was slowed by the loss of much of the heavy lifting gear the team"
     " had flown in from Oslo.", "On Monday", "Rescue work in the old town slowed by the loss"),
    # an "it" inside the sentence stands for its subject when no other noun phrase comes between
    ("The ferry firm Nordlink, which looked doomed in 2009 when it was fined for unsafe boats, is now thriving.",
     "2009", "Ferry firm Nordlink fined for unsafe boats"),
    # ... not when one does: there it is as likely that nearer noun
    ("The ferry firm Nordlink, which bought the old quay in 2009 when it was sold for scrap, is now thriving.",
     "2009", "Ferry firm Nordlink is thriving"),
    # a date fronting the clause after ", and," dates that clause; its "he" is the sentence's subject
    ("The farmer said he had seen the flood on Monday and, two days later, he rowed his cows to the hill.",
     "two days later", "Farmer rowed his cows to the hill"),
    # acts joined by "or" go into the present together
    ("On Friday the crews pumped or skimmed 900 barrels of oil.", "On Friday", "Crews pump or skim 900 barrels of oil"),
    # a hyphened decimal is one word
    ("On Saturday morning, a magnitude-4.5 tremor shook the port.", "Saturday morning",
     "Magnitude-4.5 tremor shakes the port"),
    # a reporting participle left at the end after its quote was cut goes
    ('Ann Lee told the council last week that "the old pier should close" adding: "Nobody is safe."', "last week",
     "Ann Lee: old pier should close"),
    # "That figure" points at the sentence before: the label keeps the pointer (label_quality
    # marks it as leaning on a sentence not shown)
    ("That figure had almost halved by the first quarter of 2010.", "the first quarter of 2010",
     "That figure had almost halved"),
    # a reported subject meets its verb after an aside with a relative clause
    ("The report said that on Monday a harbour crane -- a machine that lifts whole boats -- got stuck over the quay.",
     "Monday", "Report: harbour crane gets stuck over the quay"),
    # an aside naming the subject is no predicate
    ("The board said on Monday that her son, named Jack, had also died.", "Monday", "Board: her son had died"),
])
def test_headline_words(sentence: str, phrase: str, expected: str) -> None:
    """Titles, tenses, words that only look like verbs, roles, shares, an inner "it", fronted dates."""
    start = sentence.index(phrase)
    assert capped_headline(sentence, start, start + len(phrase)).text == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The port has had many troubles, including two storms in 2008 that killed ten dockers.",
     "Two storms kill ten dockers"),
    ("The port has had many troubles, including storms in 2008.", "Including storms"),  # names, tells nothing
])
def test_a_date_in_an_including_phrase_dates_what_it_lists(sentence: str, expected: str) -> None:
    start = sentence.index("2008")
    assert capped_headline(sentence, start, start + 4).text == expected


def test_a_cut_never_drops_the_not_of_a_verb_group() -> None:
    # A cut after "did not" would leave "... company did": the opposite of what was said.
    sentence = ("Inspectors for the harbour board found on Monday that the ferry company did not replace the "
                "worn cables on the two older boats.")
    start = sentence.index("on Monday")
    headline = capped_headline(sentence, start, start + len("on Monday"))
    last = headline.text.split()[-1].lower()
    assert "not" in headline.text.split() or last not in ("did", "does", "do", "was", "is", "had", "has")


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    ("At a hearing on Tuesday, the harbour master, Ann Lee, said the pier would reopen.", "on Tuesday",
     "Harbour master: pier would reopen"),
    ("During talks on Monday, both unions agreed to a truce.", "on Monday", "Both unions agree to truce"),
    # a phrase with its own clause keeps it
    ("In a letter on Friday the mayor asked the board for more time, but the board refused.", "on Friday",
     "In letter the mayor asks the board for more time"),
])
def test_a_phrase_opening_with_a_preposition_places_the_clause_after_it(sentence, phrase, expected):
    start = sentence.index(phrase)
    assert capped_headline(sentence, start, start + len(phrase)).text == expected


def test_a_second_predicate_after_a_list_of_places_shares_the_sentences_subject():
    sentence = "The ferry called at Dover, Calais and Ostend, and sank on Monday."
    start = sentence.index("on Monday")
    assert capped_headline(sentence, start, start + len("on Monday")).text == "Ferry sinks"


def test_as_before_a_role_is_no_clause_of_its_own():
    sentence = "Ann Lee, who took over from Tom Reyes as harbour master on 1 October, also spoke."
    start = sentence.index("on 1 October")
    assert capped_headline(sentence, start, start + len("on 1 October")).text == (
        "Ann Lee takes over from Tom Reyes as harbour master")


def test_a_verb_after_but_only_shares_the_sentences_subject_not_an_adverb_as_speaker():
    sentence = "The ferry line began repairs on Sunday, but only announced that the pier had closed on Tuesday."
    start = sentence.index("on Tuesday")
    assert capped_headline(sentence, start, start + len("on Tuesday")).text == "Ferry line: pier had closed"


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # a plan told in an aside after the subject is the subject's plan, in headline style as it is
        ("The mayor, set to tour the flooded streets on Monday, also plans a press conference.", "on Monday",
         "Mayor set to tour the flooded streets"),
        ("The minister, expected to sign the accord on Friday, met the unions.", "on Friday",
         "Minister expected to sign the accord"),
        ("The benefit concert, to be broadcast on Friday from Paris, will raise funds.", "on Friday",
         "Benefit concert to be broadcast from Paris"),
        # a "will" after a pronoun belongs to the clause that pronoun opens, and stays
        ("The villagers hope they will return on Sunday.", "on Sunday", "Villagers hope they will return"),
        # the speaker after what was said, with a role in commas after the name, keeps the name
        ("The insurer is delaying claims, Ann Berger, head of the regulator, said on Friday.", "on Friday",
         "Ann Berger: insurer is delaying claims"),
        # a plural subject opening the sentence keeps the plural verb ("Prices falls" was not English)
        ("Prices fell sharply on Monday.", "on Monday", "Prices fall"),
        ("Negotiations resumed in Geneva on Monday.", "on Monday", "Negotiations resume in Geneva"),
        ("Local fishermen blocked the harbour on Monday.", "on Monday", "Local fishermen block the harbour"),
        ("Gunmen stopped a convoy on Monday.", "on Monday", "Gunmen stop convoy"),
        ("A specimen arrived at the laboratory on Monday.", "on Monday", "Specimen arrives at the laboratory"),
        # declaring a thing so is an act, not a saying
        ("On Friday, the port authority declared the salvage operation over.", "On Friday",
         "Port authority declares the salvage operation over"),
        ("The port authority declared the salvage operation over on Friday.", "on Friday",
         "Port authority declares the salvage operation over"),
        ("On Friday the governor declared martial law.", "On Friday", "Governor declares martial law"),
        ("The island declared national emergency and relief convoys reached the port on Friday.", "on Friday",
         "Island declares national emergency and relief convoys reached the port"),
        # ... but a declaration of what is so, told as a clause, is a saying
        ("On Friday the mayor declared the vote was rigged.", "On Friday", "Mayor: vote rigged"),
        # a surname in -ges is no plural
        ("Hodges announced his retirement on Monday.", "on Monday", "Hodges announces his retirement"),
        # a negative contraction is the verb group's auxiliary: the negation stays, the participle too
        ("The harbour board hasn't decided on the fees since Monday.", "since Monday",
         "Harbour board hasn't decided on the fees"),
        ("The longest of the three new breakwaters that guard the old harbour won't be finished until May.",
         "until May", "Longest of the three new breakwaters that guard the old harbour won't be finished"),
        # the day of the saying, with its "on", is no part of what was said
        ("The mayor said on Tuesday engineers would inspect the bridge next week.", "next week",
         "Mayor: engineers would inspect the bridge"),
        # a present "reports" ending the sentence is the saying, what came before it what was said
        ("The ferry was sold to a Greek operator, a trade journal reports today.", "today",
         "Trade journal: ferry sold to Greek operator"),
        # an aside describing the subject stands between it and its verb: the verb after it is the subject's
        ("On Tuesday the dredger, built in 1987, ran aground off the cape.", "On Tuesday",
         "Dredger runs aground off the cape"),
        ("3 March - The warehouse, insured for 40 million euros, burns down and a school shuts.", "3 March",
         "Warehouse burns down and school shuts"),
        ("On Friday the tanker, owned by a Danish firm, was refloated by tugs.", "On Friday",
         "Tanker refloated by tugs"),
        # what was said names its speaker already
        ('"The council has chosen to close the bridge," the council said on Monday.', "on Monday",
         "Council has chosen to close the bridge"),
        # "All told" is an idiom: nobody told
        ("All told, the ferry firms lost $4 million, according to figures released on Monday.", "on Monday",
         "Ferry firms lose $4 million"),
        ("All told, according to data published on Monday, the ferry lines lost $9 million.", "on Monday",
         "Ferry lines lose $9 million"),
        # "it would take 10 hours to ...": how long, not the speaker taking it
        ("The engineer said on Monday it would take 10 hours to fit the valves.", "on Monday",
         "Engineer: it would take 10 hours to fit the valves"),
    ],
)
def test_asides_plans_and_trailing_speakers(sentence: str, phrase: str, expected: str) -> None:
    assert cut(sentence, phrase) == expected


def test_due_to_a_cause_is_no_plan() -> None:
    assert not cut("The ferry, due to high winds on Monday, stayed in port.", "on Monday").startswith("Ferry due to")


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # a plural's possessive apostrophe is no closing quotation mark: the clause goes on after it
    ("The council will inspect the tenants' flats on Monday.", "on Monday", "Council to inspect the tenants' flats"),
    ("The dockers’ strike ended on Monday.", "on Monday", "Dockers’ strike ends"),
    # inside a single quotation opened before it, the mark closes that quotation
    ("The mayor called it ` a matter for the courts' on Monday.", "on Monday",
     "Mayor calls it ` matter for the courts"),
])
def test_a_plurals_possessive_stays_on_its_word(sentence: str, phrase: str, expected: str) -> None:
    assert cut(sentence, phrase) == expected


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # an ordinal keeps its ending
    ("The strike, entering its 43rd day on Monday, has shut the port.", "on Monday", "Strike enters its 43rd day"),
    # a perfect's contracted auxiliary keeps its participle
    ("The unions said on Monday they've agreed to end the strike.", "on Monday",
     "Unions: they've agreed to end the strike"),
])
def test_ordinals_and_contracted_perfects(sentence: str, phrase: str, expected: str) -> None:
    assert cut(sentence, phrase) == expected


def test_a_long_attributed_headline_keeps_the_speakers_name_not_the_description() -> None:
    sentence = ("A nine-year-old boy has contracted the highly pathogenic bird flu virus after handling sick ducks, "
                "the regional health agency HEALTHNET reported on Sunday.")
    assert cut(sentence, "on Sunday") == "HEALTHNET: nine-year-old boy has contracted the pathogenic bird flu virus"
    short = "Two ferries collided, the regional port agency PORTNET reported on Sunday."
    assert cut(short, "on Sunday") == "Regional port agency PORTNET: Two ferries collided"


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # a list after "including" names some of the subject before it: the verb is told of that subject
    ("Over forty bands, including The Reds, Ann Lee, Blue Sky and the Night Owls will play at the Leeds gig "
     "on 3rd March.", "on 3rd March", "Over forty bands to play at the Leeds gig"),
    ("In several towns, including Leeds, York and Hull schools will close on Monday.", "on Monday",
     "York and Hull schools to close"),
    # a short head ending in the list's first item takes the list back
    ("Teams from Lund, Malmo and Umea will arrive on Monday.", "on Monday",
     "Teams from Lund, Malmo and Umea to arrive"),
])
def test_a_subject_split_by_a_list(sentence: str, phrase: str, expected: str) -> None:
    assert cut(sentence, phrase) == expected


def test_an_aside_naming_a_report_leaves_the_subject_its_act_after_it() -> None:
    sentence = "The audit office, in a report on the flood released Friday, criticised the council's planning."
    assert cut(sentence, "Friday") == "Audit office criticises the council's planning"


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # a past form opening the sentence before a noun describes that subject; the verb comes later
    ("Retired navy admiral Ann Lee said the cable would be laid this week.", "this week",
     "Retired navy admiral Ann Lee: cable would be laid"),
    ("Injured workers sued the firm on Monday.", "on Monday", "Injured workers sue the firm"),
])
def test_a_sentence_opening_on_an_adjective_in_ed(sentence: str, phrase: str, expected: str) -> None:
    assert cut(sentence, phrase) == expected


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # singulars in -is and -us take the singular verb
    ("The crisis began in 2008.", "2008", "Crisis begins"),
    ("The virus spread in 2009.", "2009", "Virus spreads"),
    # a pronoun's "'s" before a past form is "has": the perfect stays
    ("In that regard, it's tended to work for people of all ages, the drummer said in 2005.", "2005",
     "Drummer: it's tended to work for people of all ages"),
])
def test_singulars_in_is_and_perfects_after_a_pronouns_s(sentence: str, phrase: str, expected: str) -> None:
    assert cut(sentence, phrase) == expected


def test_a_time_of_day_after_a_time_preposition_is_no_subject() -> None:
    sentence = "The lights went out soon after, but after daybreak on 3 March hundreds of photos were being posted."
    assert cut(sentence, "on 3 March") == "Hundreds of photos were being posted"
    # ... but one that names what it modifies stays with it
    assert cut("Before dawn raids on 3 May police arrested 12 men.", "on 3 May").startswith("Dawn raids")


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # quoted by someone as saying: the one quoted is the speaker
    ('"The water is rising," Mr Lee is quoted by Reuters as saying on 30 May.', "on 30 May", "Lee: water is rising"),
    ("Ann Lee was quoted by the state news agency as saying on Monday that the port would reopen.", "on Monday",
     "Ann Lee: port would reopen"),
    ("The minister was quoted in the press on Monday.", "on Monday", "Minister quoted in the press"),
    # in the active, the one quoted is the object, not the agency that quotes
    ("Reuters quoted the minister as saying on Monday that the port would reopen.", "on Monday",
     "Minister: port would reopen"),
])
def test_quoted_as_saying(sentence: str, phrase: str, expected: str) -> None:
    assert cut(sentence, phrase) == expected


@pytest.mark.parametrize(("words", "verb_at", "expected"), [
    # a past participle after a noun goes with the phrase the cut took from it
    ("The bank promised the angry shareholders not to ask for tax credits associated with the $5 million it paid in"
     " fines to the regulator", 2, "The bank promised the angry shareholders not to ask for tax credits"),
    # not a reported clause's own verb, nor a noun that ends in -ed
    ("Reports suggest that last year a senior bank executive in the capital lobbied against mandatory safety codes"
     " for the banks", 1, "Reports suggest that last year a senior bank executive in the capital lobbied"),
    ("Tests showed the ship had been pumping thick drilling mud and heavy fluids at high speed into the broken well"
     " on the floor", 1, "Tests showed the ship had been pumping thick drilling mud and heavy fluids at high speed"),
    # a cut back to an end before the verb group is no end while a later one exists
    ("Soldiers sent to the flooded region in the far north of the country were able to reach the stranded villagers"
     " by boat today", 1, "Soldiers sent to the flooded region in the far north of the country were able"),
])
def test_a_cut_ends_where_its_phrase_does(words: str, verb_at: int, expected: str) -> None:
    assert cut_to_length(words.split(), verb_at).text == expected


def test_a_cut_takes_a_present_participle_after_a_plural_noun_with_its_phrase() -> None:
    # "Norwegians living | in the Bay Ridge district": the participle goes with what the cut took
    sentence = ("2349 The Courier's Ann Lee in New York City spoke on the phone to Norwegians living in the Bay Ridge"
                ' district of Brooklyn: "We are in shock.')
    assert capped_headline(sentence, 0, 4).text == "Courier's Ann Lee in New York City spoke on the phone to Norwegians"
    # so does one of a verb the word lists do not know ("ranging"), but not the one an existential clause is about
    words = ("The regional assembly in the north will question the ministers on matters ranging from the cost of the"
             " bridge to the schedule")
    assert cut_to_length(words.split(), 5).text == \
        "The regional assembly in the north will question the ministers on matters"
    words = ("There are going to be a lot of angry local fishermen and farmers complaining about the damage to the"
             " lake shore")
    assert cut_to_length(words.split(), 1).text.endswith("complaining")


def test_a_cut_never_keeps_a_that_clauses_subject_without_its_verb() -> None:
    words = "The mayor on Monday welcomed the news that operations in the harbour appeared to be making real progress"
    assert cut_to_length(words.split(), 4).text == "The mayor on Monday welcomed the news"


def test_a_demonstrative_that_opens_no_clause_a_cut_must_keep() -> None:
    words = ("BP sold that stake in the field to raise cash for the growing cost of the clean-up along the coast of"
             " Louisiana")
    assert cut_to_length(words.split(), 1).text == "BP sold that stake in the field to raise cash for the growing cost"


def test_a_cut_never_keeps_a_told_subject_without_its_verb() -> None:
    words = ("Ann Lee says undocumented migrants in the northern city and its suburbs will be granted protected status"
             " by the state")
    cut = cut_to_length(words.split(), 2)
    assert cut.text != "Ann Lee says undocumented migrants"
    assert cut.rough  # no phrase end keeps what was said whole


def test_a_date_after_an_object_relative_clause_breaks_nothing() -> None:
    sentence = "Officials admitted the levee that the Army Corps rebuilt after 2005 was weak."
    start = sentence.index("2005")
    assert capped_headline(sentence, start, start + 4).text.startswith("Officials admit the levee")


def test_a_decade_is_one_word_of_a_headline() -> None:
    sentence = "A river fire in 1969 led to new rules on smoke in the 1970s."
    start = sentence.index("1969")
    assert capped_headline(sentence, start, start + 4).text == "River fire leads to new rules on smoke in the 1970s"
    assert [t.text for t in tokenize("the 1960s and '70s")] == ["the", "1960s", "and", "'70s"]
    assert [t.text for t in tokenize("The '80s-style policy")] == ["The", "'80s-style", "policy"]


def test_a_plural_noun_before_a_particle_is_no_verb_when_an_auxiliary_follows() -> None:
    tokens = tokenize("Power cuts off the coast were reported")
    assert tokens[first_verb(tokens) or 0].text == "were"


def test_a_past_like_its_base_opening_on_its_particle_is_the_clauses_verb() -> None:
    # after a subject and an aside, "shut down" is what the subject did
    sentence = "The North Sea ferry line, partly owned by Acme, shut down on Tuesday after a fire."
    start = sentence.index("on Tuesday")
    assert capped_headline(sentence, start, start + 10).text == "North Sea ferry line shut down"
    assert first_verb(tokenize("shut down at the plant")) == 0
    assert first_verb(tokenize("a power cut off the coast")) is None  # a noun after its article
    # with no object, "cut off" is a passive aside, not the clause's verb
    assert first_verb(tokenize("cut off in the storm")) is None
    assert first_verb(tokenize("set up a fund")) == 0


@pytest.mark.parametrize(("sentence", "phrase", "text", "rough"), [
    # a gapped clause ("and" + a short noun phrase + another day) is the same verb's act of that day:
    # the first date's headline ends before it, the second's is only a rough name
    ("Divers recovered six bodies on Monday and four more on Tuesday.", "on Monday", "Divers recover six bodies",
     False),
    ("Divers recovered six bodies on Monday and four more on Tuesday.", "on Tuesday",
     "Divers recover six bodies on Monday and four", True),
    ("Rescuers found twelve survivors on Monday and thirty others on Tuesday.", "on Monday",
     "Rescuers find twelve survivors", False),
    ("The crew rescued two climbers on Saturday and three the day before.", "on Saturday",
     "Crew rescue two climbers", False),
    # a clause of its own after "and" ("the walkout ends Friday") is no gapped phrase
    ("The strike began on Monday and the walkout ends Friday.", "Friday",
     "Strike begins on Monday and the walkout ends", False),
    # not a span of two days, a day kept as a verb's object, nor a longer phrase with its own date
    ("Talks were held on Monday and Tuesday.", "Tuesday", "Talks held", False),
    ("Crews will spend Monday and Tuesday repairing the pier.", "Tuesday",
     "Crews to spend Monday and Tuesday repairing the pier", False),
    ("A doctor has posted photos of the clinic and the tents in the square today.", "today",
     "Doctor has posted photos of the clinic and the tents in the square", False),
])
def test_a_gapped_clause_of_another_day_is_not_the_dates_happening(sentence: str, phrase: str, text: str,
                                                                  rough: bool) -> None:
    start = sentence.index(phrase)
    headline = capped_headline(sentence, start, start + len(phrase))
    assert (headline.text, headline.rough) == (text, rough)


@pytest.mark.parametrize(("text", "verb"), [
    # two participles joined by "and", the second with its agent, describe the noun before them
    ("A council memo leaked online and seen by the Courier shows the town weighed fines", "shows"),
    ("Figures compiled and checked by the council showed a fall", "showed"),
    # a subject's two acts, or a verb's own "by", stay the clause's verbs; "by" a place or a time is no agent
    ("The mayor visited the port and thanked by name the crews", "visited"),
    ("The bridge was closed and checked by engineers", "was"),
    ("Residents gathered and prayed by the river as the floods rose", "gathered"),
    ("Fans queued and waited by the gates until the doors opened", "queued"),
])
def test_two_joined_participles_with_an_agent_describe_the_noun(text: str, verb: str) -> None:
    tokens = tokenize(text)
    assert tokens[first_verb(tokens) or 0].text == verb


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    ("Four guards were hurt in the Oct. 2, 2007, riot at the jail.", "Oct. 2, 2007",
     "Four guards were hurt in the riot at the jail"),
    ("Pryce, who lost two brothers in the May 9, 1998, collapse, sued the owners.", "May 9, 1998",
     "Pryce loses two brothers in the collapse"),
])
def test_a_date_set_off_by_commas_inside_a_noun_phrase_keeps_its_article_and_preposition(
        sentence: str, phrase: str, expected: str) -> None:
    assert cut(sentence, phrase) == expected


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    ("City Hall press secretary Ann Roe denied the report on Friday.", "on Friday", "Ann Roe denies the report"),
    ("The UN relief chief Per Lund flew to the port on Sunday.", "on Sunday", "Per Lund flies to the port"),
    ("The central bank governor Ana Diaz cut rates on Tuesday.", "on Tuesday", "Ana Diaz cuts rates"),
])
def test_a_title_a_body_gives_goes_whole_before_the_name(sentence: str, phrase: str, expected: str) -> None:
    assert cut(sentence, phrase) == expected


def test_a_long_subject_cut_before_its_last_phrase_takes_the_participle_that_phrase_ended() -> None:
    sentence = ("Fresh written evidence from ferry engineers working on the night shift showed on Monday that the "
                "pumps had been turned off.")
    assert cut(sentence, "on Monday") == \
        "Fresh written evidence from ferry engineers shows that the pumps had been turned off"


def test_an_activity_noun_in_ing_is_no_participle_a_cut_takes_away() -> None:
    words = ("The northern regime said it would resume its programme of nuclear weapons testing in the far western"
             " desert")
    assert cut_to_length(words.split(), 4).text.endswith("nuclear weapons testing")


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    ("The pump was moving 3,000 gallons a minute on Sunday.", "on Sunday", "Pump was moving 3,000 gallons a minute"),
    ("The bakery said on Monday it sells 500 loaves a day.", "on Monday", "Bakery sells 500 loaves a day"),
    ("In 2008 the mill shipped ore twice a week.", "In 2008", "Mill shipped ore twice a week"),
    # an article before a unit that counts nothing still goes
    ("The ferry carried a mayor on Friday.", "on Friday", "Ferry carries mayor"),
])
def test_the_article_of_a_rate_stays(sentence: str, phrase: str, expected: str) -> None:
    assert cut(sentence, phrase) == expected


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    ("Nine more cases were confirmed in Leeds today (I believe that is a record), taking the total to 60.", "today",
     "Nine more cases confirmed in Leeds"),
    ("Two new wells were announced on Monday (we hope there will be more), the ministry said.", "on Monday",
     "Ministry: Two new wells announced"),
])
def test_whatever_a_passive_reports_is_no_speaker_of_the_aside_after_it(sentence: str, phrase: str,
                                                                         expected: str) -> None:
    assert cut(sentence, phrase) == expected


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    ("The charity has been working in the valley since 2006.", "2006", "Charity begins working in the valley"),
    ("Lee, who has been the town's fire chief since 2002, will lead the inquiry.", "2002",
     "Lee becomes the town's fire chief"),
    ("The two harbours have been sealed since Sunday.", "Sunday", "Two harbours sealed"),
    # not right after "since": the perfect tells what holds now, as it is
    ("The charity has been working in the valley for years, Lee said on Monday.", "on Monday",
     "Lee: charity has been working in the valley for years"),
    # an adjective tells no start that a verb could name
    ("The museum has been open since 1935.", "1935", "Museum has been open"),
])
def test_a_perfect_since_the_date_is_told_as_what_started_then(sentence: str, phrase: str, expected: str) -> None:
    assert cut(sentence, phrase) == expected


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # the appositive's name and its relative clause
    ("The talks took place at a school named after the founder of Norcast, a steel firm that was bought by "
     "Vantor in 1998.", "1998", "Norcast bought by Vantor"),
    # no name before it: the noun phrase and its relative clause
    ("The dispute began with a mill that was sold to a rival in 1998.", "1998", "Mill sold to rival"),
    # an appositive of a date or of the clause describes no name
    ("Sales rose in May and June, a pattern that was expected to hold in 1998.", "1998",
     "Pattern expected to hold"),
])
def test_a_noun_phrase_whose_only_verb_is_its_relative_clauses_tells_that_clause(sentence: str, phrase: str,
                                                                                 expected: str) -> None:
    assert cut(sentence, phrase) == expected


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # a verb group kept as it is: what follows "and" keeps its form too
    ("The nurse said on Monday she has treated burned children and injured miners.", "on Monday",
     "Nurse: she has treated burned children and injured miners"),
    # a past put in the present: its conjunct follows it
    ("The mayor on Monday praised the crews and thanked the volunteers.", "on Monday",
     "Mayor praises the crews and thanks the volunteers"),
])
def test_a_conjunct_after_and_takes_the_tense_the_first_verb_was_given(sentence: str, phrase: str,
                                                                       expected: str) -> None:
    assert cut(sentence, phrase) == expected


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    ("Questioned by reporters on Monday, the coach later admitted the error.", "on Monday",
     "Coach questioned by reporters"),
    ("Injured in a crash in 2008, the rider never raced again.", "in 2008", "Rider injured in crash"),
])
def test_a_participle_phrase_opening_the_sentence_is_what_its_subject_underwent(sentence: str, phrase: str,
                                                                               expected: str) -> None:
    assert cut(sentence, phrase) == expected


@pytest.mark.parametrize(("sentence", "phrase", "not_lent"), [
    # a capitalised word after an "-ed" opening makes it a name ("United Nations"), no participle
    ("United Nations inspectors in 2005, the chief said, found nothing.", "in 2005", "chief"),
    # a subject holding a date word or a pronoun takes no phrase
    ("Praised in the 1890s by critics, today he is read by few.", "in the 1890s", "today he praised"),
    ("Built in 1985, it is the oldest bridge in the county.", "in 1985", "it "),
])
def test_no_subject_is_lent_to_a_name_or_a_pronoun(sentence: str, phrase: str, not_lent: str) -> None:
    assert not cut(sentence, phrase).lower().startswith(not_lent)


def test_an_adverb_that_negates_stays() -> None:
    assert cut("The old poet is hardly read in 2009.", "in 2009") == "Old poet is hardly read"


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    ("Ann Lee, whose husband died in 2004, runs the shop.", "in 2004", "Ann Lee's husband dies"),
    ("The mill was bought by Norcast, whose own inquiry in March blamed the pumps.", "in March",
     "Norcast's own inquiry blamed the pumps"),
])
def test_a_whose_clause_tells_its_owners_happening(sentence: str, phrase: str, expected: str) -> None:
    assert cut(sentence, phrase) == expected


def test_a_place_someone_is_from_owns_nothing_of_theirs() -> None:
    text = cut("The second case involves a 45-year-old man from Las Cruces, whose death was reported on Monday.",
               "on Monday")
    assert not text.startswith("Las Cruces's")


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # the full stop of a title written short ends no clause: the name stays with its verb
    ("Ann Lee met Sen. Tom Grady on Monday.", "on Monday", "Ann Lee meets Tom Grady"),
    ("Maine Gov. Tom Grady on Monday declared a state of emergency.", "on Monday",
     "Tom Grady declares state of emergency"),
    ("The firm held a dinner on May 25 for Rep. Ann Lee of Ohio.", "on May 25",
     "Firm holds dinner for Ann Lee of Ohio"),
    # before a surname alone, the short title is how the person is known
    ("Adm Grady said on Monday the cap held.", "on Monday", "Adm Grady: cap holds"),
])
def test_a_title_written_short_before_a_name_is_a_title(sentence: str, phrase: str, expected: str) -> None:
    assert cut(sentence, phrase) == expected


def test_an_approximate_time_goes_with_its_time() -> None:
    assert cut("The tanker ran aground near midnight on a reef.", "midnight") == "Tanker runs aground on reef"


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # a name's initial ends no clause
    ("Attorney General Eric H. Holder Jr. said Friday he is sending lawyers to the coast.", "Friday",
     "Eric H Holder Jr is sending lawyers to the coast"),
    ("The board chose lawyer Kenneth R. Feinberg in June.", "in June", "Board chooses lawyer Kenneth R Feinberg"),
    # "when he" after two joined clauses is the nearest clause's subject
    ("Ann Lee came every year and Tom R. Grady missed only one, in 2002, when he was in Paris.", "2002",
     "Tom R Grady was in Paris"),
])
def test_a_names_initial_is_part_of_the_name(sentence: str, phrase: str, expected: str) -> None:
    assert cut(sentence, phrase) == expected


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # a clause ending on a list's first name takes back the names the commas split off
    ("The charity said late Friday it would send an extra $2 million each to Kenya, Uganda and Tanzania to help.",
     "late Friday", "Charity would send extra $2 million each to Kenya, Uganda and Tanzania"),
    ("On Monday the ferry called at Oban, Mull, and Iona before the storm.", "On Monday",
     "Ferry calls at Oban, Mull, and Iona"),
    # a name and then a phrase is no list
    ("On Friday the firm opened a shop in Leeds, its third, and Ann Lee cut the ribbon.", "On Friday",
     "Firm opens shop in Leeds"),
    ("He flew on Monday to Paris, France and then to Rome.", "on Monday", "He flies to Paris"),
])
def test_a_list_after_the_clause_is_told_whole(sentence: str, phrase: str, expected: str) -> None:
    assert cut(sentence, phrase) == expected


def test_a_list_too_long_for_a_headline_stays_its_first_name() -> None:
    # cut inside, a list would read as complete
    sentence = ("On Monday the choir played songs by Anna Maria Lindqvist, Bartholomew Fairweather, Constance"
                " Oyelaran-Whitcombe and Desmond Featherstonehaugh at the hall.")
    assert cut(sentence, "On Monday") == "Choir plays songs by Anna Maria Lindqvist"


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # a month written short before its day ends no clause
    ("A memo on Tuesday said Ann Lee asked Tom Grady for advice about a Nov. 3 letter from the mayor.",
     "on Tuesday", "Memo: Ann Lee asks Tom Grady for advice about letter from the mayor"),
    # the day that sets a thing's term stays: it is what the act decided
    ("On Monday the court ordered a six-week trial starting Sept. 14 in Leeds.", "On Monday",
     "Court orders six-week trial starting Sept 14 in Leeds"),
])
def test_a_month_written_short_is_no_sentence_end(sentence: str, phrase: str, expected: str) -> None:
    assert cut(sentence, phrase) == expected


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # a noun phrase opening the sentence after a word that tells nothing is the subject across an aside
    ("Elsewhere, rescue teams from across Europe, including crews from Leeds and York, flew to the city"
     " on Monday.", "on Monday", "Rescue teams from across Europe fly to the city"),
    ("Meanwhile, doctors from the region, including nurses from Lund and Malmo, arrived on Monday to help.",
     "on Monday", "Doctors from the region arrive to help"),
])
def test_a_subject_after_an_opening_adverb_reaches_its_verb_across_an_aside(sentence: str, phrase: str,
                                                                            expected: str) -> None:
    assert cut(sentence, phrase) == expected


def test_a_phrase_of_company_after_an_opening_word_is_no_subject() -> None:
    sentence = "But, along with the worst, came the best news of the week on Monday."
    assert not cut(sentence, "on Monday").lower().startswith("along")


@pytest.mark.parametrize(("sentence", "phrase"), [
    # what was said comes first; after the saying a clause of another act follows
    ("The new levy is a threat to small farms, union leaders warned yesterday as the bill passed.", "yesterday"),
    ("The new levy is a threat to small farms, union leaders warned on Monday, urging a vote.", "on Monday"),
    ("The new levy is a threat to small farms, union leaders said Monday, and they called a strike.", "Monday"),
])
def test_what_was_said_before_its_speaker_is_told_whatever_follows(sentence: str, phrase: str) -> None:
    assert cut(sentence, phrase) == "Union leaders: new levy is threat to small farms"


def test_a_saying_whose_that_clause_follows_an_aside_tells_that_clause() -> None:
    sentence = "The levy is a threat, and union leaders said on Monday that, after the vote, farms would close."
    assert cut(sentence, "on Monday") == "Union leaders: farms would close"


def test_what_was_said_goes_without_its_speaker_when_both_do_not_fit() -> None:
    # with the speaker, the cut would leave "to investigate" without what it investigates
    sentence = ("President Lee will establish an independent commission to investigate the fuel oil spill in the"
                " harbour of Leith, an administration official said on Monday.")
    told = capped_headline(sentence, sentence.index("on Monday"), sentence.index("on Monday") + len("on Monday"))
    assert told.text.startswith("Lee to establish independent commission to investigate the fuel oil spill")
    assert not told.rough


def test_a_state_that_was_said_keeps_its_speaker_even_when_both_do_not_fit() -> None:
    # without its speaker the label would tell a state, no happening of Monday
    sentence = ("Long exposure to diesel smoke and industrial solvents is a serious public health danger, hospital"
                " doctors warned on Monday.")
    told = capped_headline(sentence, sentence.index("on Monday"), sentence.index("on Monday") + len("on Monday"))
    assert told.text.startswith("Hospital doctors: Long exposure to diesel smoke")


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # a subject, an aside, then its verb: a past participle with its preposition is the predicate
    ("The port's harbour master, under fire from the ferry crews for weeks, announced on Monday his resignation.",
     "on Monday", "Port's harbour master announces his resignation"),
    ("Mayor Ann Lee, speaking from the town hall, appealed on Friday for calm.", "on Friday",
     "Ann Lee appeals for calm"),
    # a verb whose past is its base: the subject's act too
    ("The ferry company, already under pressure from its lenders, cut its timetable on Friday.", "on Friday",
     "Ferry company cuts its timetable"),
    # a participle after the subject's asides: it dates the subject's own act, whatever follows
    ("The report, issued by the agency on Monday, found flaws in the ferry's hull.", "on Monday",
     "Report issued by the agency"),
    # a participle after an object describes the object, whatever came before
    ("Ann Lee criticised his comments, made on social media on Monday.", "on Monday",
     "Ann Lee criticises his comments"),
])
def test_a_predicate_after_a_subject_and_its_aside_is_the_subjects_act(sentence: str, phrase: str,
                                                                        expected: str) -> None:
    assert cut(sentence, phrase) == expected


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # "for saying": the apology is the act; what was said is its object, not the news
    ("The ferry firm's chief apologized on Monday for saying the crews were lazy.", "on Monday",
     "Ferry firm's chief apologizes for saying the crews were lazy"),
    # the date of the saying after the gerund: that day's happening is the saying
    ("In a letter, the chief apologized for saying on Sunday that the crews were lazy.", "on Sunday",
     "Chief: crews were lazy"),
    # "by saying" is a saying
    ("The union answered on Friday by saying that it would strike.", "on Friday", "Union would strike"),
    # a saying after an adverb is still one
    ("The minister has said on Monday that the port would reopen.", "on Monday", "Minister: port would reopen"),
])
def test_a_saying_after_a_preposition_is_the_object_of_the_act_before(sentence: str, phrase: str,
                                                                       expected: str) -> None:
    assert cut(sentence, phrase) == expected


def test_a_fact_box_of_semicolon_parts_lends_its_first_part_no_predicate() -> None:
    # "Novelist; adviser ...; served on ...": a fact box, not a subject and its asides
    sentence = "Novelist and columnist; adviser to the 2004 campaign; served on the arts council from 2006 to 2009"
    assert "serve" not in cut(sentence, "2006").lower()


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # a role whose owner only an unseen sentence names gives way to the name after it
    ("Its chairman, Carl Lee, met the mayor on Wednesday.", "on Wednesday", "Carl Lee meets the mayor"),
    ("The fund's administrator, Ann Roe, told reporters on Monday that payments would begin soon.", "on Monday",
     "Ann Roe: payments would begin soon"),
    ("The ferry line said on Monday that its owner, Bo Ek, had been arrested.", "on Monday",
     "Ferry line: Bo Ek had been arrested"),
    # a role nobody owns says no more than the name does
    ("The new fire chief, Ivo Sand, resigned on Monday.", "on Monday", "Ivo Sand resigns"),
    ("A spokeswoman, Ada Holm, told reporters on Friday that the ferry would sail.", "on Friday",
     "Ada Holm: ferry would sail"),
    # a role that says whose keeps its place (the name aside is dropped as before)
    ("Norway's fisheries minister, Ola Berg, met the mayor on Wednesday.", "on Wednesday",
     "Norway's fisheries minister meets the mayor"),
    ("The head of the port authority, Ola Berg, met the mayor on Wednesday.", "on Wednesday",
     "Head of the port authority meets the mayor"),
])
def test_a_name_after_a_role_owned_by_it_or_the_thing_says_who(sentence: str, phrase: str, expected: str) -> None:
    assert cut(sentence, phrase) == expected


def test_a_title_after_a_things_role_is_no_person_taking_its_place() -> None:
    # "the band's album, Sea Fever,": a thing's name, not who acted
    assert cut("The band's fourth album, Sea Fever, was released on Monday.", "on Monday").startswith("Band's")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The news broke on Monday that the mayor had resigned.", "News breaks that the mayor had resigned"),
    ("Measles spread through the camp on Monday.", "Measles spreads through the camp"),
    # a plural in -s keeps the plural verb
    ("Witnesses fled the square on Monday.", "Witnesses flee the square"),
])
def test_a_noun_in_s_that_is_no_plural_takes_a_singular_verb(sentence: str, expected: str) -> None:
    assert cut(sentence, "on Monday") == expected


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # the sentence's own verb after a subject's relative clause is the happening the date closes
    ("The dockers who had lost their jobs walked out on Monday.", "on Monday", "Dockers walk out"),
    ("The inspector who wrote the report testified on Tuesday.", "on Tuesday", "Inspector testifies"),
    ("A storm that had been building off the coast hit the port on Monday afternoon, bringing heavy rain.",
     "on Monday afternoon", "Storm hits the port"),
    # ... or fronts
    ("On Monday the dockers who had lost their jobs met the mayor.", "On Monday", "Dockers meet the mayor"),
    ("On Monday, the nurse who treated the boys went to the police.", "On Monday", "Nurse goes to the police"),
    # a finite auxiliary a long way on is still the sentence's verb
    ("A barrier that kept the river out of the town in early May was taken down on Thursday.", "on Thursday",
     "Barrier was taken down"),
    ("A barrier that kept the river out of the town in July was taken down on Thursday.", "on Thursday",
     "Barrier was taken down"),
    # ... but not one of a clause nested in the relative one
    ("The plan was overshadowed by the council, which staged an event on Wednesday to announce that the bridge had "
     "reopened.", "on Wednesday", "Council staged event to announce that the bridge had reopened"),
    # a relative clause telling what someone warned of: the verb after the warning's is the sentence's
    ("The engineer who warned that the rig was unsafe resigned on Monday.", "on Monday", "Engineer resigns"),
    # a date inside the relative clause still dates it, its adverb inside its verb group
    ("The nurse who treated the boys on Monday was praised.", "on Monday", "Nurse treats the boys"),
    ("She joins Ann Lee, a former nurse who has somehow managed to survive into the 21st century, and Tom Lee.",
     "the 21st century", "Ann Lee has somehow managed to survive"),
])
def test_a_relative_clause_in_the_subject_leaves_the_sentences_verb_to_the_date(sentence: str, phrase: str,
                                                                                  expected: str) -> None:
    assert cut(sentence, phrase) == expected


def test_a_datelines_place_is_not_the_noun_an_aside_describes() -> None:
    sentence = ("LEEDS, England (Reuters) - A veteran lawyer who represented the miners in the 1984 strike has "
                "offered to lead the case.")
    assert cut(sentence, "1984") == "Veteran lawyer represents the miners in the strike"
    # an aside right after its comma still describes the name before it
    assert cut("Ann Lee, a former nurse who rescued two boys on Monday, spoke to the panel.", "on Monday") == \
        "Ann Lee rescues two boys"


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # after "with" and its noun, an -ed form is a passive participle, no past the noun did
    ("Grain exports fell in March, with further falls expected this summer.", "this summer", "Further falls expected"),
    ("The tests ran at a lab in Leeds, with results expected later today.", "later today", "Results expected"),
    # a verb of its own still takes the present
    ("The mayor opened the bridge on Monday, with crowds cheering.", "on Monday", "Mayor opens the bridge"),
])
def test_a_participle_after_with_and_its_noun_stays_a_participle(sentence: str, phrase: str, expected: str) -> None:
    assert cut(sentence, phrase) == expected


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # what "as well as" adds goes; the clause meets what follows it
    ("The ministry ordered 80 staff, as well as their families, to leave the city on Monday.", "on Monday",
     "Ministry orders 80 staff to leave the city"),
    ("The ministry ordered 80 staff, as well as their families to leave the city on Monday.", "on Monday",
     "Ministry orders 80 staff to leave the city"),
    ("The mayor, as well as two ministers, visited the camp on Monday.", "on Monday", "Mayor visits the camp"),
    # a second act after "as well as" is no added noun, and stays with its clause
    ("The firm said on Monday it would cut jobs, as well as close two plants.", "on Monday",
     "Firm would cut jobs"),
])
def test_what_as_well_as_adds_leaves_the_clause_whole(sentence: str, phrase: str, expected: str) -> None:
    assert cut(sentence, phrase) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "a" before a unit of time says "per", whatever stands before it
    ("The mill said it could ship 9,000 tonnes of grain a day on Monday.",
     "Mill could ship 9,000 tonnes of grain a day"),
    ("The drill slowed to 100 feet a day on Monday.", "Drill slows to 100 feet a day"),
    # an article before anything else still goes
    ("The ferry firm bought a boat on Monday.", "Ferry firm buys boat"),
])
def test_a_before_a_unit_of_time_is_a_rate_and_stays(sentence: str, expected: str) -> None:
    assert cut(sentence, "on Monday") == expected


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # an aside of someone put in a post tells that, of the name before it, wherever it stands
    ("It was the first time that Ken Lee, named last month to run the fund, had criticised the bank.", "last month",
     "Ken Lee named to run the fund"),
    ("Ken Lee, named last month to run the fund, criticised the bank.", "last month", "Ken Lee named to run the fund"),
    ("He sent it to Ann Roe, appointed in May to the board, on Monday.", "in May", "Ann Roe appointed to the board"),
])
def test_an_aside_of_someone_appointed_tells_the_appointment(sentence: str, phrase: str, expected: str) -> None:
    assert cut(sentence, phrase) == expected


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # a short participle after a clause's object tells of what was made, not of the subject
    ("Inspectors examined the ferry, built in 1990, on Monday.", "in 1990", "Ferry built"),
    # an aside with its agent, before a past the verb list does not know
    ("The dam, designed in 1950 by Ann Lee, burst on Tuesday.", "in 1950", "Dam designed by Ann Lee"),
])
def test_a_participle_aside_tells_of_the_thing_it_follows(sentence: str, phrase: str, expected: str) -> None:
    assert cut(sentence, phrase) == expected


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # a passive headline's "accused of" is no act of the accused
    ("Ferry strike: union accused of lying to MPs Sunday 20 June 2010 20.22 BST", "Sunday 20 June 2010",
     "Union accused of lying to MPs"),
    ("The mayor accused the union of lying on Sunday.", "on Sunday", "Mayor accuses the union of lying"),
    # a photo credit before the same name is said once
    ("Ferry at the quay - AP AP says the ferry sank on Sunday", "on Sunday", "AP: ferry sinks"),
    ("Sirhan Sirhan was moved to a new prison on Sunday.", "on Sunday", "Sirhan Sirhan moved to new prison"),
])
def test_a_passive_headline_and_a_credit_run_into_the_speaker(sentence: str, phrase: str, expected: str) -> None:
    assert cut(sentence, phrase) == expected
