import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { newManagementToken } from './management-token.js';

/**
 * Extra private links to a registration's page, for mail that carries one (an organiser's message).
 * Minting never replaces the link the delegate already holds; each is stored as its hash only, under a
 * label naming what minted it, so that withdrawing the mail withdraws its links.
 */
@Injectable()
export class ManagementLinks {
  /** One new token per registration, written on the caller's transaction; the tokens exist only in what is returned. */
  async mint(manager: EntityManager, registrationIds: string[], label: string): Promise<Map<string, string>> {
    const minted = registrationIds.map((registrationId) => ({ registrationId, ...newManagementToken() }));
    if (minted.length === 0) return new Map();
    await manager.query(
      `INSERT INTO registration_management_tokens (token_hash, registration_id, label)
       SELECT decode(t.hash, 'hex'), t.id, $2 FROM jsonb_to_recordset($1::jsonb) AS t(hash text, id uuid)`,
      [JSON.stringify(minted.map((item) => ({ hash: item.hash.toString('hex'), id: item.registrationId }))), label],
    );
    return new Map(minted.map((item) => [item.registrationId, item.token]));
  }

  async revoke(manager: EntityManager, label: string): Promise<void> {
    await manager.query(`DELETE FROM registration_management_tokens WHERE label = $1`, [label]);
  }
}
