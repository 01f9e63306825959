// Go parser, written for gorewrite from "The Go Programming Language Specification" (Go 1.22).
//
// Written for speed in ANTLR's SLL mode: every decision is made with a token or two of
// lookahead. Where Go itself is ambiguous (types vs. expressions in conversions, composite
// literals and type arguments; the left side of assignments and short variable declarations;
// parameter names vs. parameter types) the grammar accepts a superset, as Go's own parser does,
// and dev.gorewrite.golang.SyntaxChecks rejects the extra forms afterwards.
//
// Two expression families exist for one reason: in the header of an `if`, `for` or `switch`,
// a `{` after a bare or qualified type name opens the block, not a composite literal (spec:
// "Composite literals", parsing ambiguity). The *NoBrace rules are that header context; inside
// parentheses, brackets and braces the ordinary rules apply again.
parser grammar GoParser;

options { tokenVocab = GoLexer; contextSuperClass = dev.gorewrite.golang.CompactContext; }

sourceFile
    : packageClause SEMI (importDecl SEMI)* (topLevelDecl SEMI)* EOF
    ;

packageClause : PACKAGE IDENTIFIER;

importDecl
    : IMPORT (importSpec | L_PAREN (importSpec (SEMI importSpec)* SEMI?)? R_PAREN)
    ;

importSpec : (DOT | IDENTIFIER)? importPath;

importPath : STRING_LIT | RAW_STRING_LIT;

topLevelDecl
    : declaration
    | functionDecl
    ;

declaration
    : constDecl
    | typeDecl
    | varDecl
    ;

constDecl : CONST (constSpec | L_PAREN (constSpec (SEMI constSpec)* SEMI?)? R_PAREN);

constSpec : identifierList (type_? ASSIGN expressionList)?;

varDecl : VAR (varSpec | L_PAREN (varSpec (SEMI varSpec)* SEMI?)? R_PAREN);

varSpec : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList);

typeDecl : TYPE (typeSpec | L_PAREN (typeSpec (SEMI typeSpec)* SEMI?)? R_PAREN);

// `type A[N]int` is an array type, `type A[T any] ...` a generic type; a token or three after
// the `[` tell them apart.
typeSpec
    : IDENTIFIER typeParameters ASSIGN? type_
    | IDENTIFIER ASSIGN? type_
    ;

// A function or, with a receiver, a method. The body is optional (assembly-backed functions).
functionDecl : FUNC receiver? IDENTIFIER typeParameters? signature block?;

receiver : parameters;

typeParameters : L_BRACKET typeParameterDecl (COMMA typeParameterDecl)* COMMA? R_BRACKET;

typeParameterDecl : identifierList typeElement;

identifierList : IDENTIFIER (COMMA IDENTIFIER)*;

// ---------------------------------------------------------------------------------------------
// Types

type_
    : typeName typeArgs?
    | typeLiteral
    | L_PAREN type_ R_PAREN
    ;

typeName : IDENTIFIER (DOT IDENTIFIER)?;

typeArgs : L_BRACKET type_ (COMMA type_)* COMMA? R_BRACKET;

typeLiteral
    : arrayOrSliceType
    | structType
    | pointerType
    | functionType
    | interfaceType
    | mapType
    | channelType
    ;

arrayOrSliceType : L_BRACKET (expression | ELLIPSIS)? R_BRACKET type_;

pointerType : STAR type_;

mapType : MAP L_BRACKET type_ R_BRACKET type_;

// `chan<- chan int` is `chan<- (chan int)`: the arrow binds to the leftmost `chan` (greedy).
channelType : (CHAN ARROW? | ARROW CHAN) type_;

functionType : FUNC signature;

signature : parameters result?;

// A parenthesized single result type is a parameter list, so the second form never starts with `(`.
result
    : parameters
    | typeName typeArgs?
    | typeLiteral
    ;

// Names and types are told apart afterwards: `(a, b int)` and `(int, string)` both parse here.
parameters : L_PAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? R_PAREN;

parameterDecl : IDENTIFIER? ELLIPSIS? type_;

structType : STRUCT L_CURLY (fieldDecl (SEMI fieldDecl)* SEMI?)? R_CURLY;

fieldDecl
    : identifierList type_ tag?
    | STAR? typeName typeArgs? tag?
    ;

tag : STRING_LIT | RAW_STRING_LIT;

interfaceType : INTERFACE L_CURLY (interfaceElement (SEMI interfaceElement)* SEMI?)? R_CURLY;

interfaceElement
    : IDENTIFIER signature
    | typeElement
    ;

typeElement : typeTerm (OR typeTerm)*;

typeTerm : TILDE? type_;

// ---------------------------------------------------------------------------------------------
// Statements

block : L_CURLY statementList R_CURLY;

// Statements separated by semicolons, any of them empty: the spec's StatementList with the
// optional semicolon before a closing `}` and its EmptyStmt.
statementList : statement? (SEMI statement?)*;

statement
    : declaration
    | labeledStmt
    | simpleStmt
    | goStmt
    | returnStmt
    | breakStmt
    | continueStmt
    | gotoStmt
    | fallthroughStmt
    | block
    | ifStmt
    | switchStmt
    | selectStmt
    | forStmt
    | deferStmt
    ;

labeledStmt : IDENTIFIER COLON statement?;

// Expression, send, inc/dec, assignment and short variable declaration share their start;
// the token after the first expression list decides which one it is.
simpleStmt : expressionList simpleStmtTail?;

simpleStmtTail
    : (ASSIGN | DECLARE_ASSIGN | assignOp) expressionList
    | INC
    | DEC
    | ARROW expression
    ;

assignOp
    : ADD_ASSIGN | SUB_ASSIGN | MUL_ASSIGN | DIV_ASSIGN | MOD_ASSIGN | AND_ASSIGN | OR_ASSIGN
    | XOR_ASSIGN | SHL_ASSIGN | SHR_ASSIGN | AND_NOT_ASSIGN
    ;

goStmt : GO expression;

deferStmt : DEFER expression;

returnStmt : RETURN expressionList?;

breakStmt : BREAK IDENTIFIER?;

continueStmt : CONTINUE IDENTIFIER?;

gotoStmt : GOTO IDENTIFIER;

fallthroughStmt : FALLTHROUGH;

// The condition is read as a simple statement; SyntaxChecks insists it is an expression.
ifStmt : IF (SEMI expressionNoBrace | simpleStmtNoBrace (SEMI expressionNoBrace)?) block (ELSE (ifStmt | block))?;

// Expression switches and type switches (`switch x := y.(type)`) share this form.
switchStmt : SWITCH (SEMI simpleStmtNoBrace? | simpleStmtNoBrace (SEMI simpleStmtNoBrace?)?)? L_CURLY caseClause* R_CURLY;

caseClause : (CASE expressionList | DEFAULT) COLON statementList;

selectStmt : SELECT L_CURLY commClause* R_CURLY;

commClause : (CASE simpleStmt | DEFAULT) COLON statementList;

forStmt : FOR forHeader? block;

forHeader
    : RANGE expressionNoBrace
    | SEMI expressionNoBrace? SEMI simpleStmtNoBrace?
    | simpleStmtNoBrace (SEMI expressionNoBrace? SEMI simpleStmtNoBrace?)?
    ;

simpleStmtNoBrace : expressionListNoBrace simpleStmtTailNoBrace?;

simpleStmtTailNoBrace
    : (ASSIGN | DECLARE_ASSIGN) RANGE expressionNoBrace
    | (ASSIGN | DECLARE_ASSIGN | assignOp) expressionListNoBrace
    | INC
    | DEC
    | ARROW expressionNoBrace
    ;

// ---------------------------------------------------------------------------------------------
// Expressions

expressionList : expression (COMMA expression)*;

expression
    : primaryExpr                                                                   # primary
    | (PLUS | MINUS | EXCLAMATION | CARET | STAR | AMPERSAND | ARROW | TILDE) expression # unary
    | expression (STAR | DIV | MOD | SHL | SHR | AMPERSAND | AND_NOT) expression    # binary
    | expression (PLUS | MINUS | OR | CARET) expression                             # binary
    | expression (EQUALS | NOT_EQUALS | LESS | LESS_OR_EQUALS | GREATER | GREATER_OR_EQUALS) expression # binary
    | expression LOGICAL_AND expression                                             # binary
    | expression LOGICAL_OR expression                                              # binary
    ;

primaryExpr
    : operand
    | primaryExpr selector
    | primaryExpr index
    | primaryExpr arguments
    | primaryExpr literalValue
    ;

// Types appear as operands in conversions (`[]byte(s)`), composite literals, `make`/`new`
// arguments, type arguments (`f[map[K]V]`) and type switch cases.
operand
    : literal
    | IDENTIFIER
    | L_PAREN expression R_PAREN
    | L_BRACKET (expression | ELLIPSIS)? R_BRACKET type_
    | structType
    | mapType
    | interfaceType
    | CHAN ARROW? type_
    | FUNC signature block?
    ;

literal
    : INT_LIT
    | FLOAT_LIT
    | IMAGINARY_LIT
    | RUNE_LIT
    | STRING_LIT
    | RAW_STRING_LIT
    ;

// `.Name`, a type assertion `.(T)`, or a type switch guard `.(type)`.
selector : DOT (IDENTIFIER | L_PAREN (TYPE | type_) R_PAREN);

// An index, a slice, or the type arguments of an instantiation (`f[int, string]`).
index
    : L_BRACKET
      ( expression ((COMMA expression)* COMMA? | sliceBounds)
      | sliceBounds
      )
      R_BRACKET
    ;

sliceBounds : COLON expression? (COLON expression)?;

arguments : L_PAREN (expressionList ELLIPSIS? COMMA?)? R_PAREN;

literalValue : L_CURLY (keyedElement (COMMA keyedElement)* COMMA?)? R_CURLY;

keyedElement : element (COLON element)?;

element : expression | literalValue;

// The header context: the same expressions, but a `{` after a name is the block's.
expressionListNoBrace : expressionNoBrace (COMMA expressionNoBrace)*;

expressionNoBrace
    : primaryExprNoBrace                                                                              # primaryNoBrace
    | (PLUS | MINUS | EXCLAMATION | CARET | STAR | AMPERSAND | ARROW | TILDE) expressionNoBrace      # unaryNoBrace
    | expressionNoBrace (STAR | DIV | MOD | SHL | SHR | AMPERSAND | AND_NOT) expressionNoBrace      # binaryNoBrace
    | expressionNoBrace (PLUS | MINUS | OR | CARET) expressionNoBrace                               # binaryNoBrace
    | expressionNoBrace (EQUALS | NOT_EQUALS | LESS | LESS_OR_EQUALS | GREATER | GREATER_OR_EQUALS) expressionNoBrace # binaryNoBrace
    | expressionNoBrace LOGICAL_AND expressionNoBrace                                               # binaryNoBrace
    | expressionNoBrace LOGICAL_OR expressionNoBrace                                                # binaryNoBrace
    ;

primaryExprNoBrace
    : operandNoBrace
    | primaryExprNoBrace selector
    | primaryExprNoBrace index
    | primaryExprNoBrace arguments
    ;

// Array, slice, map and struct types still take a composite literal in a header
// (`for _, x := range []int{1, 2} {`): the `{` right after such a type can only be a literal.
operandNoBrace
    : literal
    | IDENTIFIER
    | L_PAREN expression R_PAREN
    | L_BRACKET (expression | ELLIPSIS)? R_BRACKET type_ literalValue?
    | structType literalValue?
    | mapType literalValue?
    | interfaceType
    | CHAN ARROW? type_
    | FUNC signature block?
    ;
