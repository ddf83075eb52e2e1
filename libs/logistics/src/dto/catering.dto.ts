import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { OneLine } from '@app/config';

export const MEAL_KINDS = ['breakfast', 'coffee', 'lunch', 'dinner', 'reception'] as const;
export type MealKind = (typeof MEAL_KINDS)[number];

export class CreateMealDto {
  @ApiProperty({ format: 'date', example: '2024-10-29', description: 'A day of the event' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'day must be a day as YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  day: string;

  @ApiProperty({ enum: MEAL_KINDS, example: 'lunch' })
  @IsIn(MEAL_KINDS)
  kind: MealKind;

  @ApiPropertyOptional({ example: 'Terrace restaurant, level 2' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @OneLine()
  venue?: string;
}

const NEED_DOC = 'A choice the delegate ticked; "other" for those who also wrote needs in their own words; empty for no special need';

export class MealNeedCountResponse {
  @ApiProperty({ description: NEED_DOC, example: 'halal' }) need: string;
  @ApiProperty({ description: 'Confirmed delegates with this need' }) confirmed: number;
  @ApiProperty({ description: 'Of them, checked in on the meal’s day' }) checkedIn: number;
}

export class MealResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) day: string;
  @ApiProperty({ enum: MEAL_KINDS }) kind: MealKind;
  @ApiProperty() venue: string;
  @ApiProperty({ description: 'Confirmed delegates' }) confirmed: number;
  @ApiProperty({ description: 'Confirmed delegates checked in on the meal’s day' }) checkedIn: number;
  @ApiProperty({
    type: [MealNeedCountResponse],
    description: 'The counts by dietary choice: no special need first, then the choices in list order, then "other"; someone with two choices counts in both',
  })
  needs: MealNeedCountResponse[];
}

export class NeedCountResponse {
  @ApiProperty({ description: NEED_DOC, example: 'wheelchair' }) need: string;
  @ApiProperty({ description: 'Confirmed delegates with this need' }) confirmed: number;
}

export class CateringResponse {
  @ApiProperty({ type: [MealResponse], description: 'Meals by day, in serving order' }) meals: MealResponse[];
  @ApiProperty({ type: [NeedCountResponse], description: 'Confirmed delegates by accessibility choice, for the venue' })
  accessibility: NeedCountResponse[];
}
