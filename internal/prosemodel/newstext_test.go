package prosemodel

// benchText is a ~1,000-token news-style text written for these tests and
// benchmarks (fictional events; mixes curly and straight quotes).
const benchText = `WASHINGTON — Senator Maria Delgado of New Mexico said on Tuesday that she would oppose the administration’s proposed cuts to rural broadband funding, calling the plan “a betrayal of the families who were promised a connection to the modern economy.” Her announcement came hours after the Department of Commerce released a 42-page report arguing that the program, created in 2021, had spent more than $1.2 billion without meeting its targets.

Delgado, a Democrat who sits on the Senate Appropriations Committee, told reporters outside the Capitol that she had spoken with governors from Arizona, Colorado and Utah, and that all of them shared her concerns. "We can't ask a farmer in Socorro County to run a business on a dial-up line," she said. "That isn't fiscal responsibility. It's neglect."

The report, which was first described by The Washington Post, found that only 38 percent of the households targeted by the program had been connected by the end of last year. It blamed delays on supply shortages, permitting disputes with the Bureau of Land Management and what it called "inconsistent oversight" by state agencies. Commerce Secretary James Whitfield defended the findings in a statement, saying the department was "committed to every dollar reaching the people it was meant for."

Industry groups were divided. The National Rural Telecommunications Association, which represents about 600 small carriers, warned that cutting the money now would strand projects that were already half built. But a spokesman for Horizon Fiber, a Denver-based company that won several large contracts under the program, said the firm welcomed "a serious conversation about results" and would cooperate with any review.

Analysts at Morgan Stanley estimated in a note to clients on Monday that the proposed cuts would reduce spending on rural networks by roughly $400 million over the next two years. "The market has priced in some uncertainty, but not this much," wrote Karen Liu, a telecommunications analyst at the bank. Shares of several regional carriers fell between 3% and 6% in afternoon trading in New York.

In Albuquerque, where the state’s broadband office is based, officials said they had not been consulted before the report was released. Dr. Samuel Ortiz, who directs the office, said his team had connected 14,000 homes in the past 18 months, many of them on tribal lands where service had never been available. "We're not perfect, but we're moving," Ortiz said. "If they pull the rug out now, we'll lose the crews, and the crews don't come back."

The dispute is the latest in a series of clashes between Congress and the White House over spending priorities. Last month, lawmakers from both parties rejected a plan to merge two federal housing programs, and the House Budget Committee has scheduled hearings on the administration's request for the next fiscal year. Speaker Thomas Greene, a Republican from Ohio, said on Wednesday that he expected "a long and honest debate" and declined to say whether he supported the broadband cuts.

Some economists argue that the program's problems were predictable. Professor Elena Marsh of Stanford University, who studies infrastructure policy, said that large grants distributed through many small contractors are hard to monitor. "You get speed or you get accountability, and it's very hard to get both," she said in an interview. She added that similar programs in Canada and Australia had faced the same tradeoffs during the early 2010s.

Residents in the affected areas say the debate in Washington feels distant. In Truth or Consequences, a small town in southern New Mexico, Linda Baca runs a bakery that takes most of its orders online. She said her connection drops several times a day, and that she sometimes drives 20 miles to a library in Hatch to upload invoices. "I don't care whose fault it is," Baca said. "I just want it to work."

The Senate is expected to take up the appropriations bill in September, after the August recess. Delgado said she would introduce an amendment to restore the funding and that she had secured the support of at least four Republican colleagues, including Senator Paul Hendricks of Montana. A spokeswoman for Hendricks confirmed that he was "reviewing the amendment closely" but would not commit to a vote.

Meanwhile, the Federal Communications Commission said it would publish updated coverage maps by the end of the month. FCC Chairwoman Angela Brooks told a conference in Chicago that the new maps would use data from more than 2,000 providers and would, for the first time, include satellite services offered by companies such as SpaceX and Amazon. Critics have long said that the old maps overstated coverage, making it harder for rural communities to qualify for aid.

For now, the fate of the program remains unclear. The White House Office of Management and Budget did not respond to requests for comment. At the bakery in Truth or Consequences, Baca was preparing for the weekend rush. "People still need bread," she said, "whether the internet works or not."`
