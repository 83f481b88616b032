export * from './process';
export * from './workdir';
