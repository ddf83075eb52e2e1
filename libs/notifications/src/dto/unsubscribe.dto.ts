import { ApiProperty } from '@nestjs/swagger';

export class UnsubscribeResponse {
  @ApiProperty({ example: 'event-reminder', description: 'The kind of message the link stops' })
  kind: string;

  @ApiProperty({ type: String, nullable: true, description: 'The event the messages come from; null for messages about no event' })
  eventName: string | null;

  @ApiProperty({ example: 'la…@hanoi.test', description: 'The recipient, partly hidden' })
  email: string;

  @ApiProperty({ description: 'Whether messages of this kind are already stopped' })
  optedOut: boolean;
}
