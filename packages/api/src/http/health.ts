import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';

/** GET /healthz: 200 when the database answers, 503 when it does not. */
export function healthHandler(dataSource: DataSource) {
  return async (_req: Request, res: Response): Promise<void> => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ok', database: 'up' });
    } catch {
      res.status(503).json({ status: 'unavailable', database: 'down' });
    }
  };
}
