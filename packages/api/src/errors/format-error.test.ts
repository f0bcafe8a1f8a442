import { ErrorCode } from '@caseload/shared';
import { GraphQLError } from 'graphql';
import pino from 'pino';
import { badUserInput } from './app-error';
import { createErrorFormatter } from './format-error';

const logger = pino({ level: 'silent' });
const formatInProduction = createErrorFormatter(logger, false);

function formatted(error: GraphQLError) {
  return formatInProduction(error.toJSON(), error);
}

describe('error formatting', () => {
  it('passes our own errors with their code and the field at fault', () => {
    const error = badUserInput('first', 'first must be between 1 and 100.');
    expect(formatted(error)).toEqual({
      message: 'first must be between 1 and 100.',
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'first' },
    });
  });

  it('hides the message, stack and SQL of anything unexpected', () => {
    const sqlFailure = new Error('relation "staff_member" does not exist at character 15');
    const error = new GraphQLError(sqlFailure.message, {
      originalError: sqlFailure,
      path: ['staff'],
    });
    const result = formatted(error);
    expect(result).toEqual({
      message: 'Internal server error',
      path: ['staff'],
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    });
    expect(JSON.stringify(result)).not.toMatch(/staff_member|stack/);
  });

  it('reports a malformed query as BAD_USER_INPUT, naming the variable at fault', () => {
    const error = new GraphQLError(
      'Variable "$first" got invalid value "ten"; Int cannot represent it.',
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
    expect(formatted(error).extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'first' });
    const parse = new GraphQLError('Syntax Error: Expected Name, found <EOF>.', {
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    expect(formatted(parse).extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT });
  });
});
