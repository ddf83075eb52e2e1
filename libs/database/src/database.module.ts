import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

/** The TypeORM connection. Entities come from each domain module's `TypeOrmModule.forFeature`. */
@Module({})
export class DatabaseModule {
  static forRoot(databaseUrl: string, poolSize: number): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: databaseUrl,
          autoLoadEntities: true,
          synchronize: false,
          migrationsRun: false,
          poolSize,
          // Failed statements are often expected (a constraint deciding a race); the error filter logs real failures.
          logging: false,
          extra: { application_name: 'plenary' },
        }),
      ],
    };
  }
}
