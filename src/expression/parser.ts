import { CstParser } from "chevrotain";
import { allTokens, And, Comma, Identifier, Integer, LParen, Of, Or, RParen } from "./tokens.js";

/*
 * The grammar of DESIGN.md §5 as a Chevrotain parser. Rule names match grammar/expression.ebnf
 * (a test keeps them in step). Written LL(1): `INTEGER [ OF … ]` decides after one token whether a
 * number is a reference or the count of a `k OF` group.
 */
class ExpressionParser extends CstParser {
  constructor() {
    super(allTokens, { maxLookahead: 1, recoveryEnabled: false });
    this.performSelfAnalysis();
  }

  // orExpression := andExpression ( OR andExpression )*
  orExpression = this.RULE("orExpression", () => {
    this.SUBRULE(this.andExpression);
    this.MANY(() => {
      this.CONSUME(Or);
      this.SUBRULE2(this.andExpression);
    });
  });

  // andExpression := primary ( AND primary )*
  andExpression = this.RULE("andExpression", () => {
    this.SUBRULE(this.primary);
    this.MANY(() => {
      this.CONSUME(And);
      this.SUBRULE2(this.primary);
    });
  });

  // primary := "(" orExpression ")" | numberOrOfGroup | IDENTIFIER
  primary = this.RULE("primary", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(LParen);
          this.SUBRULE(this.orExpression);
          this.CONSUME(RParen);
        },
      },
      { ALT: () => this.SUBRULE(this.numberOrOfGroup) },
      { ALT: () => this.CONSUME(Identifier) },
    ]);
  });

  // numberOrOfGroup := INTEGER [ OF "(" orExpression ( "," orExpression )* ")" ]
  numberOrOfGroup = this.RULE("numberOrOfGroup", () => {
    this.CONSUME(Integer);
    this.OPTION(() => {
      this.CONSUME(Of);
      this.CONSUME(LParen);
      this.SUBRULE(this.orExpression);
      this.MANY(() => {
        this.CONSUME(Comma);
        this.SUBRULE2(this.orExpression);
      });
      this.CONSUME(RParen);
    });
  });
}

/** Built once per process: self-analysis is the expensive part, and the instance is reusable. */
export const expressionParser = new ExpressionParser();

/** The rule every parse starts from. */
export const START_RULE = "orExpression";
