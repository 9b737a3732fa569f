export { buildDemoWorkspace, DEMO_WORKSPACE_NAME, DEMO_ORGANISATION, type DemoWorkspace } from './demoWorkspace';
export { DEMO_PUBLISHED_EXAMPLE_USE_CASE_NAME } from './demoUseCasesBackOffice';
export { demoPlanningStart, DEMO_LAST_MILE_OVERRUN, DEMO_MONTHS_UNDER_WAY } from './demoLife';
export { DEMO_SEAT_EXAMPLE_NAME } from './demoSpend';
