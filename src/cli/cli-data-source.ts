import 'reflect-metadata';
import { entities } from '../app.entities';
import { createDataSource } from '../database/data-source';

/** For the TypeORM CLI (migration:run, migration:revert): DATABASE_URL must point at the server. */
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required for the TypeORM CLI');
export default createDataSource(url, entities);
