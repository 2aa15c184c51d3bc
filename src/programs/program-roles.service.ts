import { Injectable } from '@nestjs/common';
import { Access } from '../access/access.service';
import { target } from '../access/access-target';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { UsersRepository } from '../auth/users.repository';
import { Transactions } from '../database/transactions';
import { NotFoundError } from '../errors/domain-errors';
import { ProgramRoleEntity } from './program-role.entity';
import { ProgramRoleInput } from './program-roles.inputs';
import { ProgramRolesRepository } from './program-roles.repository';
import { ProgramsRepository } from './programs.repository';

/** Who coordinates a program. Granting and revoking is for administrators; a coordinator reads the list. */
@Injectable()
export class ProgramRolesService {
  constructor(
    private readonly access: Access,
    private readonly roles: ProgramRolesRepository,
    private readonly programs: ProgramsRepository,
    private readonly users: UsersRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  grant(actor: AuthUser, input: ProgramRoleInput): Promise<ProgramRoleEntity> {
    return this.transactions.run(async (manager) => {
      if (!(await this.programs.programById(input.programId, manager))) throw new NotFoundError('Program');
      if (!(await this.users.exists(input.userId, manager))) throw new NotFoundError('User');
      const grant = await this.roles.insert(input, manager);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'program_role.granted',
        entityType: 'program_role',
        entityId: grant.id,
        after: { programId: grant.programId, userId: grant.userId, role: grant.role },
      });
      return grant;
    });
  }

  /** False when the person did not hold the role. */
  revoke(actor: AuthUser, input: ProgramRoleInput): Promise<boolean> {
    return this.transactions.run(async (manager) => {
      if (!(await this.programs.programById(input.programId, manager))) throw new NotFoundError('Program');
      const revoked = await this.roles.delete(input, manager);
      if (!revoked) return false;
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'program_role.revoked',
        entityType: 'program_role',
        entityId: revoked.id,
        before: { programId: revoked.programId, userId: revoked.userId, role: revoked.role },
      });
      return true;
    });
  }

  async ofProgram(viewer: AuthUser, programId: string): Promise<ProgramRoleEntity[]> {
    await this.access.require(viewer, Permission.PROGRAM_ADMINISTER, target.program(programId));
    return this.roles.ofProgram(programId);
  }
}
