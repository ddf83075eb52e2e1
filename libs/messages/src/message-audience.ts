import { Injectable } from '@nestjs/common';
import { AuthService } from '@app/auth';
import { JuryService, RepresentativesService } from '@app/awards';
import { ProgrammeService } from '@app/programme';
import { type AudienceMember, RegistrationAudienceService } from '@app/registration';
import { SlidesService } from '@app/speakers';
import type { AudienceDto, AudienceRole } from './dto/message.dto.js';

/** Resolves an audience by asking each library that owns the facts; none of their tables are read here. */
@Injectable()
export class MessageAudience {
  constructor(
    private readonly registrations: RegistrationAudienceService,
    private readonly programme: ProgrammeService,
    private readonly slides: SlidesService,
    private readonly jury: JuryService,
    private readonly representatives: RepresentativesService,
    private readonly auth: AuthService,
  ) {}

  async members(eventId: string, audience: AudienceDto): Promise<AudienceMember[]> {
    const { roles, ...registrationFields } = audience;
    const byRegistration = !roles?.length || Object.values(registrationFields).some((value) => value !== undefined);
    const delegates = byRegistration ? await this.registrations.members(eventId, registrationFields) : [];
    if (!roles?.length) return delegates;
    const ids = new Set((await Promise.all(roles.map((role) => this.holders(eventId, role)))).flat());
    const people = await this.auth.addressesOf([...ids]);
    if (byRegistration) {
      const emails = new Set(people.map((person) => person.email.toLowerCase()));
      return delegates.filter((delegate) => emails.has(delegate.email.toLowerCase()));
    }
    return people.map((person) => ({ registrationId: null, email: person.email, name: person.name, title: '', language: person.language, delegation: null }));
  }

  private async holders(eventId: string, role: AudienceRole): Promise<string[]> {
    switch (role) {
      case 'speakers':
        return this.programme.publishedSpeakerIds(eventId);
      case 'speakers-without-slides':
        return this.slides.speakerIdsWithoutSlides(eventId);
      case 'jurors':
        return this.jury.jurorIds(eventId);
      case 'representatives':
        return (await this.representatives.ofEvent(eventId)).map((representative) => representative.userId);
    }
  }
}
