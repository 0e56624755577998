// The built-in sample: a news-shaped article written for newslens (fictional events and people).
export const SAMPLE = `Harbor City Approves $1.2 Billion Sea Wall After Record Flooding

ROTTERDAM, Netherlands — The city council voted 31-14 on Wednesday to build a 12-kilometre sea wall along the Maas estuary, a project officials called the largest public works plan in the port's history.

Mayor Elena Marchetti, who pushed for the plan after storms flooded 137,000 homes last winter, said the vote came "not a moment too soon." She added: "We cannot ask families to rebuild every year. This wall is how we stop that."

The wall will cost about €1.1 billion ($1.2 billion) and is expected to be finished by May 2031. The European Investment Bank has offered a long-term loan covering roughly 40% of the cost, and the Dutch government will pay another 25%.

Not everyone is convinced. Dr. Samuel K. Osei, a hydrologist at Delft University of Technology, warned that the design assumes sea levels rise no more than 3.5 millimetres a year. "That figure is already out of date," he said at a hearing that ran until 11:40 p.m. "If the estimate is wrong, we'll have spent a fortune on a wall that's too short."

Shipping companies were more upbeat. Maersk and the Port of Rotterdam Authority said in a joint statement that the delays caused by last winter's floods had cost the industry more than $300 million. "Every day the port is closed, goods stop moving across Europe," said Anna de Vries, the authority's chief executive.

Construction is due to begin in March. Opponents, led by the local Green Party, have until Jan. 15 to appeal the decision in court. Will they? "We're still deciding," said Pieter Bakker, the party's spokesman. "But we won't give up without a fight!"`;
