// Go lexer, written for gorewrite from "The Go Programming Language Specification" (Go 1.22).
//
// Nothing is skipped: whitespace, newlines and comments go to the hidden channel so that the
// token stream gives back every byte of the file. Automatic semicolons are not made here but
// by dev.gorewrite.golang.SemicolonInserter, which turns a hidden NEWLINE into a SEMI when the
// spec says so (and adds an empty SEMI before a multi-line block comment or at end of file).
//
// Malformed input never stops the lexer: unterminated literals and comments become their own
// token types, any other stray character becomes ILLEGAL; the parser reports them with a place.
// Inside a literal any character may follow a backslash, and a rune literal may hold any number
// of characters: dev.gorewrite.golang.LiteralChecks checks escapes and lengths afterwards, so a
// bad escape is reported where it is and does not change how the rest of the file is tokenized.
lexer grammar GoLexer;

// Keywords
BREAK       : 'break';
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue';
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough';
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return';
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

IDENTIFIER  : LETTER (LETTER | UNICODE_DIGIT)*;

// Operators and punctuation
ADD_ASSIGN       : '+=';
SUB_ASSIGN       : '-=';
MUL_ASSIGN       : '*=';
DIV_ASSIGN       : '/=';
MOD_ASSIGN       : '%=';
AND_ASSIGN       : '&=';
OR_ASSIGN        : '|=';
XOR_ASSIGN       : '^=';
SHL_ASSIGN       : '<<=';
SHR_ASSIGN       : '>>=';
AND_NOT_ASSIGN   : '&^=';
LOGICAL_AND      : '&&';
LOGICAL_OR       : '||';
ARROW            : '<-';
INC              : '++';
DEC              : '--';
EQUALS           : '==';
NOT_EQUALS       : '!=';
LESS_OR_EQUALS   : '<=';
GREATER_OR_EQUALS: '>=';
DECLARE_ASSIGN   : ':=';
ELLIPSIS         : '...';
SHL              : '<<';
SHR              : '>>';
AND_NOT          : '&^';
PLUS             : '+';
MINUS            : '-';
STAR             : '*';
DIV              : '/';
MOD              : '%';
AMPERSAND        : '&';
OR               : '|';
CARET            : '^';
TILDE            : '~';
LESS             : '<';
GREATER          : '>';
ASSIGN           : '=';
EXCLAMATION      : '!';
L_PAREN          : '(';
R_PAREN          : ')';
L_BRACKET        : '[';
R_BRACKET        : ']';
L_CURLY          : '{';
R_CURLY          : '}';
COMMA            : ',';
DOT              : '.';
SEMI             : ';';
COLON            : ':';

// Literals. Longest match decides between integer, float and imaginary forms.
INT_LIT
    : '0' | [1-9] ('_'? DEC_DIGIT)*
    | '0' [bB] ('_'? BIN_DIGIT)+
    | '0' [oO] ('_'? OCT_DIGIT)+
    | '0' ('_'? OCT_DIGIT)+
    | '0' [xX] ('_'? HEX_DIGIT)+
    ;

FLOAT_LIT
    : DEC_DIGITS '.' DEC_DIGITS? DEC_EXPONENT?
    | DEC_DIGITS DEC_EXPONENT
    | '.' DEC_DIGITS DEC_EXPONENT?
    | '0' [xX] HEX_MANTISSA HEX_EXPONENT
    ;

IMAGINARY_LIT : (DEC_DIGITS | INT_LIT | FLOAT_LIT) 'i';

RUNE_LIT           : '\'' (~['\\\n] | ESCAPE)* '\'';
STRING_LIT         : '"' (~["\\\n] | ESCAPE)* '"';
RAW_STRING_LIT     : '`' ~'`'* '`';

// Hidden tokens: everything between code tokens, kept for a byte-exact round trip.
BOM                : '\uFEFF' -> channel(HIDDEN);
WS                 : [ \t\r\f]+ -> channel(HIDDEN);
NEWLINE            : '\n' -> channel(HIDDEN);
BLOCK_COMMENT      : '/*' .*? '*/' -> channel(HIDDEN);
LINE_COMMENT       : '//' ~'\n'* -> channel(HIDDEN);

// Broken input. Each is shorter than its well-formed rival, so it only wins when that fails.
UNTERMINATED_RUNE   : '\'' (~['\\\n] | ESCAPE)*;
UNTERMINATED_STRING : '"' (~["\\\n] | ESCAPE)*;
UNTERMINATED_RAW    : '`' ~'`'*;
UNTERMINATED_COMMENT: '/*' (~'*' | '*'+ ~[*/])* '*'*;
ILLEGAL             : .;

fragment ESCAPE       : '\\' ~'\n';
fragment DEC_DIGITS   : DEC_DIGIT ('_'? DEC_DIGIT)*;
fragment DEC_EXPONENT : [eE] [+-]? DEC_DIGITS;
fragment HEX_MANTISSA : '_'? HEX_DIGITS '.'? HEX_DIGITS? | '.' HEX_DIGITS;
fragment HEX_DIGITS   : HEX_DIGIT ('_'? HEX_DIGIT)*;
fragment HEX_EXPONENT : [pP] [+-]? DEC_DIGITS;
fragment DEC_DIGIT    : [0-9];
fragment BIN_DIGIT    : [01];
fragment OCT_DIGIT    : [0-7];
fragment HEX_DIGIT    : [0-9a-fA-F];
// Letters (Unicode categories Lu, Ll, Lt, Lm, Lo, and '_') and decimal digits (Nd). Outside ASCII
// a predicate asks Java's Character, which implements exactly these categories: spelled as the
// sets \p{L} and \p{Nd} they are some 1,400 ranges, and ANTLR takes about 15 ms of every start
// to read them into its ATN (IntervalSet.add is linear per range).
fragment LETTER       : [a-zA-Z_] | [\u0080-\u{10FFFF}] {Character.isLetter(_input.LA(-1))}?;
fragment UNICODE_DIGIT: [0-9] | [\u0080-\u{10FFFF}] {Character.isDigit(_input.LA(-1))}?;
