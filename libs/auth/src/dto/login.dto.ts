import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export class LoginDto {
  @ApiProperty({ example: 'admin@plenary.local' })
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiProperty({ minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX })
  @IsString()
  @Length(PASSWORD_MIN, PASSWORD_MAX, { message: `password must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters` })
  password: string;
}
