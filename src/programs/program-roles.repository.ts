import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { insertOrConflict } from '../database/insert-or-conflict';
import { ProgramRoleEntity } from './program-role.entity';
import { ProgramRoleInput } from './program-roles.inputs';

@Injectable()
export class ProgramRolesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The new grant, with its person; CONFLICT when the person already holds the role. */
  async insert(grant: ProgramRoleInput, manager: EntityManager): Promise<ProgramRoleEntity> {
    const { id } = await insertOrConflict(manager, ProgramRoleEntity, grant, 'This person already holds this role in the program');
    return manager.getRepository(ProgramRoleEntity).findOneOrFail({ where: { id }, relations: { user: true } });
  }

  /** The grant removed, or null when there was none. */
  async delete(grant: ProgramRoleInput, manager: EntityManager): Promise<ProgramRoleEntity | null> {
    const found = await manager.getRepository(ProgramRoleEntity).findOneBy({ programId: grant.programId, userId: grant.userId, role: grant.role });
    if (found) await manager.getRepository(ProgramRoleEntity).delete(found.id);
    return found;
  }

  /** The program's grants with their people, by name. */
  ofProgram(programId: string): Promise<ProgramRoleEntity[]> {
    return this.dataSource
      .getRepository(ProgramRoleEntity)
      .find({ where: { programId }, relations: { user: true }, order: { user: { fullName: 'ASC' }, role: 'ASC' } });
  }
}
