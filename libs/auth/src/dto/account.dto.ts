import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { PASSWORD_MAX, PASSWORD_MIN } from './login.dto.js';

const PASSWORD_LENGTH = { message: `password must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters` };

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(PASSWORD_MAX)
  currentPassword: string;

  @ApiProperty({ minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX })
  @IsString()
  @Length(PASSWORD_MIN, PASSWORD_MAX, PASSWORD_LENGTH)
  newPassword: string;
}

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'nguyen.thi.lan@hanoi.gov.vn' })
  @IsEmail()
  @MaxLength(320)
  email: string;
}

export class PasswordResetConfirmDto {
  @ApiProperty({ description: 'The token from the link in the mail' })
  @IsString()
  @Length(1, 200)
  token: string;

  @ApiProperty({ minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX })
  @IsString()
  @Length(PASSWORD_MIN, PASSWORD_MAX, PASSWORD_LENGTH)
  password: string;
}

export class PasswordResetRequestedResponse {
  @ApiProperty({ description: 'Always true: the answer does not tell whether the email has an account' }) accepted: boolean;
}
