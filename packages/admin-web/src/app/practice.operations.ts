import { graphql } from '../gql';

/** The practice the signed-in member is acting for, named in the app header. */
export const activePracticeQuery = graphql(`
  query ActivePractice {
    practice {
      id
      name
    }
  }
`);
