export * from './format';
export * from './locale';
export * from './presenter';
export * from './numberText';
export * from './living';
export * from './clock';
export * from './textSearch';
