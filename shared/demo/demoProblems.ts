import type { ProblemInput } from '../domain';

/** Keys linking the demo's candidates to their problems (the ids are minted when the workspace is built). */
export type DemoProblemKey = 'ap' | 'orders' | 'crossSell' | 'stock' | 'credit' | 'turnover' | 'mispicks' | 'catalogue';

/** The business problems of the demo company, one per function, each with an owner, a cost and evidence. */
export const DEMO_PROBLEMS: ReadonlyArray<{ key: DemoProblemKey; input: ProblemInput }> = [
  {
    key: 'ap',
    input: {
      title: 'Supplier invoices and delivery notes are keyed in by hand',
      statement:
        'Accounts payable types about 10,000 supplier invoices and delivery notes a month into the ERP. Keying errors hold up three-way matching, payments go out late and early-payment discounts are lost.',
      owner: 'Dana Whitfield, Controller',
      function: 'Finance',
      peopleAffected: 14,
      monthlyHours: 1150,
      monthlyCost: 24_000,
      evidence:
        'September time study: 6.9 minutes per document, 2.1% keying errors. Last year $212K of early-payment discounts were missed and $74K of duplicate payments were recovered late.',
      strategicImportance: 4,
      status: 'validated',
    },
  },
  {
    key: 'orders',
    input: {
      title: 'Order-status calls swamp the service desk',
      statement:
        'Most calls to the service desk ask where an order is. Agents look it up in three systems while customers with real problems wait in the queue.',
      owner: 'Luis Ortega, Director of Customer Service',
      function: 'Customer service',
      peopleAffected: 38,
      monthlyHours: 2600,
      monthlyCost: 6_000,
      evidence: 'Call logs: 22,000 calls a month, 61% about order status, 7 minutes average handling, 14% abandoned on Monday mornings.',
      strategicImportance: 4,
      status: 'validated',
    },
  },
  {
    key: 'crossSell',
    input: {
      title: 'Contractor accounts buy only a fraction of what they need from us',
      statement:
        'Our contractor customers buy fasteners and safety gear from us but electrical and plumbing supplies elsewhere. Reps have no view of what an account is not buying.',
      owner: 'Priya Nandakumar, VP Sales',
      function: 'Sales',
      peopleAffected: 184,
      monthlyHours: 0,
      monthlyCost: 60_000,
      evidence: 'Wallet-share survey of the top 120 contractor accounts: we supply 28% of their maintenance and repair spend. Reps review accounts quarterly at best.',
      strategicImportance: 5,
      status: 'validated',
    },
  },
  {
    key: 'stock',
    input: {
      title: 'Stock-outs on fast movers while slow movers pile up',
      statement:
        'Branch planners forecast in spreadsheets. Fast-moving items run out and customers go to a competitor, while slow movers tie up cash in the warehouses.',
      owner: 'Marcus Bell, Head of Supply Chain',
      function: 'Supply chain',
      peopleAffected: 22,
      monthlyHours: 480,
      monthlyCost: 70_000,
      evidence: 'Fill rate 91.5% against a 96% target; $3.4M of stock has not moved in 180 days.',
      strategicImportance: 5,
      status: 'validated',
    },
  },
  {
    key: 'credit',
    input: {
      title: 'New trade-account applications take three days to approve',
      statement:
        'Contractors who apply for a trade account wait days for a credit decision. Many buy their first job elsewhere and never come back.',
      owner: 'Helen Achebe, Credit Manager',
      function: 'Finance',
      peopleAffected: 6,
      monthlyHours: 300,
      monthlyCost: 45_000,
      evidence: '1,050 applications a month, median 3.2 days to a decision; sales estimate one applicant in five buys elsewhere meanwhile.',
      strategicImportance: 4,
      status: 'captured',
    },
  },
  {
    key: 'turnover',
    input: {
      title: 'Warehouse staff turnover of 48% a year',
      statement:
        'Nearly half of the warehouse staff leave within a year. Supervisors spend their days hiring and training, and agency staff make more picking errors.',
      owner: 'Tom Reyes, HR Director',
      function: 'Human resources',
      peopleAffected: 620,
      monthlyHours: 400,
      monthlyCost: 38_000,
      evidence: 'Exit data 2025: 298 leavers from 620 warehouse roles; each replacement costs about $4,800 in agency fees, overtime and training.',
      strategicImportance: 3,
      status: 'parked',
    },
  },
  {
    key: 'mispicks',
    input: {
      title: 'Mis-picks and damaged pallets lead to credits and re-deliveries',
      statement: 'Wrong or damaged items reach customers. Each one costs a credit note, a second delivery and some goodwill.',
      owner: 'Grace Kim, VP Operations',
      function: 'Operations',
      peopleAffected: 140,
      monthlyHours: 900,
      monthlyCost: 48_000,
      evidence: '1.3% of order lines credited for wrong or damaged items; 410 re-deliveries last quarter at about $95 each.',
      strategicImportance: 4,
      status: 'validated',
    },
  },
  {
    key: 'catalogue',
    input: {
      title: '40% of the online catalogue lacks the attributes customers filter on',
      statement:
        'Product pages miss sizes, ratings and materials. Customers cannot filter or find the right item online and call the branch instead, or leave.',
      owner: 'Sam Oyelaran, E-commerce Manager',
      function: 'Marketing',
      peopleAffected: 9,
      monthlyHours: 700,
      monthlyCost: 8_000,
      evidence: 'Catalogue audit: 34,000 of 85,000 SKUs miss key attributes; site search finds nothing for 18% of queries; web conversion 2.3%.',
      strategicImportance: 3,
      status: 'captured',
    },
  },
];
