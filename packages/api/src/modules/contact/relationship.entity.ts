import { RelationshipType } from '@caseload/shared';
import type { Relation } from 'typeorm';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { PracticeScopedEntity } from '../../database/practice-scoped.entity';
import { Client } from '../client/client.entity';
import { Contact } from './contact.entity';

/**
 * Links a client to a contact or to another client. A client-to-client relationship is stored
 * once and read from both sides.
 */
@Entity('relationship')
@Index('IDX_relationship_client', ['clientId'])
@Index('IDX_relationship_related_client', ['relatedClientId'])
@Index('IDX_relationship_contact', ['contactId'])
@Check('CHK_relationship_one_party', '("contactId" IS NULL) <> ("relatedClientId" IS NULL)')
@Check('CHK_relationship_not_self', '"relatedClientId" IS NULL OR "relatedClientId" <> "clientId"')
export class Relationship extends PracticeScopedEntity {
  @Column('uuid')
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'clientId' })
  client?: Relation<Client>;

  @Column('uuid', { nullable: true })
  contactId: string | null;

  @ManyToOne(() => Contact, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contactId' })
  contact?: Relation<Contact> | null;

  @Column('uuid', { nullable: true })
  relatedClientId: string | null;

  @ManyToOne(() => Client, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'relatedClientId' })
  relatedClient?: Relation<Client> | null;

  @Column({ type: 'enum', enum: RelationshipType, enumName: 'relationship_type' })
  type: RelationshipType;

  @Column('boolean', { default: false })
  isEmergencyContact: boolean;
}
