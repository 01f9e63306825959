package dev.gorewrite.golang;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import dev.gorewrite.TestTools;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Valid Go (1.22 spec) constructs must parse without errors and round-trip byte for byte.
 *
 * <p>Every snippet in this class is valid Go: {@link #gofmtAgreesOnEverySnippet} checks each one
 * against {@code gofmt -e} when it is installed. The tricky cases have their own named test and
 * also assert the token "shape" (see {@link #shape}); the expected shapes were produced with Go's
 * own {@code go/scanner}, so they encode the spec's semicolon-insertion rule exactly.
 */
class GoSyntaxTest {

    // ---------------------------------------------------------------------------------------
    // helpers (package-private: SyntaxErrorTest and LosslessTest use them too)
    // ---------------------------------------------------------------------------------------

    static final Optional<Path> GOFMT = TestTools.onPath("gofmt");

    static GoFile parse(String src) {
        return GoFile.parse("snippet.go", src.getBytes(UTF_8));
    }

    /** Parses {@code src}, asserts that it has no syntax errors and round-trips exactly. */
    static GoFile parseOk(String src) {
        return parseOk(src.getBytes(UTF_8));
    }

    static GoFile parseOk(byte[] bytes) {
        GoFile f = GoFile.parse("snippet.go", bytes);
        assertThat(f.errors())
                .as("syntax errors for%n%s", new String(bytes, UTF_8))
                .isEmpty();
        assertThat(f.ok()).isTrue();
        assertThat(f.roundTrip()).as("roundTrip() must reproduce the input bytes").isEqualTo(bytes);
        return f;
    }

    static long implicitSemicolons(GoFile f) {
        return f.codeTokens().stream().filter(GoToken::isImplicitSemicolon).count();
    }

    static List<String> codeTexts(GoFile f) {
        return f.codeTokens().stream().map(GoToken::text).toList();
    }

    /**
     * The default-channel tokens joined by single spaces, with every automatically inserted
     * semicolon written as {@code $} (explicit semicolons stay {@code ;}). Example: {@code package
     * p\nvar x = 1\n} has the shape {@code "package p $ var x = 1 $"}.
     */
    static String shape(GoFile f) {
        return f.codeTokens().stream()
                .map(t -> t.isImplicitSemicolon() ? "$" : t.text())
                .collect(joining(" "));
    }

    static boolean gofmtAvailable() {
        return GOFMT.isPresent();
    }

    /** Result of {@code gofmt -e FILE}; gofmt prints its errors sorted by position. */
    record Gofmt(int exitCode, String stderr) {
        private static final Pattern POS = Pattern.compile("^.*?snippet\\.go:(\\d+):(\\d+): (.*)$", Pattern.MULTILINE);

        boolean accepted() {
            return exitCode == 0;
        }

        int firstLine() {
            return Integer.parseInt(first().group(1));
        }

        int firstColumn() {
            return Integer.parseInt(first().group(2));
        }

        private Matcher first() {
            Matcher m = POS.matcher(stderr);
            if (!m.find()) {
                throw new AssertionError("no position in gofmt output: " + stderr);
            }
            return m;
        }
    }

    /**
     * Runs {@code gofmt -e} on {@code src}. The source is written to a file: on stdin gofmt also
     * accepts fragments (declaration or statement lists without a package clause).
     */
    static Gofmt gofmt(byte[] src) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("gofmt-oracle");
            Path file = Files.write(dir.resolve("snippet.go"), src);
            Process p = new ProcessBuilder(GOFMT.orElseThrow().toString(), "-e", file.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            String err = new String(p.getErrorStream().readAllBytes(), UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("gofmt timed out");
            }
            Files.delete(file);
            return new Gofmt(p.exitValue(), err);
        } catch (IOException e) {
            throw new AssertionError("could not run gofmt", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            if (dir != null) {
                dir.toFile().delete();
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // plain constructs, one named case each
    // ---------------------------------------------------------------------------------------

    static Stream<Named<String>> constructs() {
        return Stream.of(
                named("package clause only", """
                        package p
                        """),
                named("imports: single, grouped, dot, blank, aliased", """
                        package p

                        import "fmt"

                        import (
                        	"os"
                        	. "math"
                        	_ "embed"
                        	str "strings"
                        )
                        """),
                named("const decls and iota groups", """
                        package p

                        const Pi = 3.14

                        const a, b = 1, "two"

                        const (
                        	A = iota
                        	B
                        	C
                        	_
                        	D = iota * 10
                        )

                        const (
                        	KB int64 = 1 << (10 * (iota + 1))
                        	MB
                        )
                        """),
                named("var decls", """
                        package p

                        var x int
                        var y = 1
                        var u, v float64 = 1, 2

                        var (
                        	z   = "z"
                        	m   map[string]int
                        	fn  func(int) bool
                        	arr [4]byte
                        	s   []string
                        	ptr *int
                        	c   chan int
                        	e   error
                        )
                        """),
                named("type decls and type aliases", """
                        package p

                        type MyInt int

                        type Alias = int

                        type (
                        	Point struct{ X, Y int }
                        	Fn    func(a, b int) (int, error)
                        	Pair  = struct{ A, B string }
                        	Grid  [3][3]Point
                        )
                        """),
                named("struct with embedded fields", """
                        package p

                        type S struct {
                        	io.Reader
                        	*bytes.Buffer
                        	Point
                        	*Node
                        	List[int]
                        	x, y int
                        	_    [0]func()
                        }
                        """),
                named("interfaces with methods and embedded types", """
                        package p

                        type Reader interface {
                        	Read(p []byte) (n int, err error)
                        }

                        type ReadCloser interface {
                        	Reader
                        	io.Closer
                        	Close() error
                        }

                        type Empty interface{}

                        type Num interface {
                        	~int | ~int64 | float64
                        	String() string
                        }
                        """),
                named("generic types and functions", """
                        package p

                        type List[T any] struct {
                        	next *List[T]
                        	val  T
                        }

                        type Pair[K comparable, V any] struct {
                        	k K
                        	v V
                        }

                        type Number interface {
                        	~int | ~int64 | ~float64
                        }

                        func Map[S ~[]E, E any, R any](s S, f func(E) R) []R { return nil }

                        func Ptr[P *Q, Q any](p P) {}

                        func Sum[T interface{ ~int | ~string }](xs ...T) (t T) { return }

                        func Union[T ~int | ~string](x T) T { return x }
                        """),
                named("if / else if / else with init", """
                        package p

                        func f(x int) int {
                        	if x < 0 {
                        		return -1
                        	} else if y := x * 2; y > 10 {
                        		return y
                        	} else {
                        		return 0
                        	}
                        }
                        """),
                named("for: three-clause, condition, infinite, range forms", """
                        package p

                        func f(xs []int, m map[string]int, ch chan int, n int) {
                        	for i := 0; i < 10; i++ {
                        	}
                        	for n > 0 {
                        		n--
                        	}
                        	for {
                        		break
                        	}
                        	for i, x := range xs {
                        		_, _ = i, x
                        	}
                        	for k := range m {
                        		_ = k
                        	}
                        	for range ch {
                        	}
                        	for range 10 {
                        	}
                        	for i := range n {
                        		_ = i
                        	}
                        	var i int
                        	for i = range xs {
                        	}
                        }
                        """),
                named("expression switch with init, fallthrough, default", """
                        package p

                        func f(x int) string {
                        	switch {
                        	case x < 0:
                        		return "neg"
                        	}
                        	switch y := x * 2; y {
                        	case 0, 1:
                        		fallthrough
                        	case 2:
                        		return "small"
                        	default:
                        		return "big"
                        	}
                        }
                        """),
                named("select with send, receive, default", """
                        package p

                        func f(in <-chan int, out chan<- int, done chan struct{}) {
                        	for {
                        		select {
                        		case v := <-in:
                        			out <- v
                        		case v, ok := <-in:
                        			_, _ = v, ok
                        		case out <- 1:
                        		case <-done:
                        			return
                        		default:
                        		}
                        	}
                        }
                        """),
                named("go and defer", """
                        package p

                        func f(mu *sync.Mutex, wg *sync.WaitGroup) {
                        	mu.Lock()
                        	defer mu.Unlock()
                        	go worker(1, 2)
                        	go func() {
                        		defer wg.Done()
                        	}()
                        	defer func(x int) { recover() }(1)
                        }
                        """),
                named("labelled break, continue, goto", """
                        package p

                        func f(xs [][]int) {
                        outer:
                        	for _, row := range xs {
                        		for _, x := range row {
                        			if x < 0 {
                        				continue outer
                        			}
                        			if x > 100 {
                        				break outer
                        			}
                        			if x == 42 {
                        				goto done
                        			}
                        		}
                        	}
                        done:
                        	return
                        }
                        """),
                named("return with multiple and named results", """
                        package p

                        func div(a, b int) (q, r int, err error) {
                        	if b == 0 {
                        		return 0, 0, errors.New("div by zero")
                        	}
                        	return a / b, a % b, nil
                        }

                        func naked() (x int) { x = 1; return }
                        """),
                named("function literals and closures", """
                        package p

                        func counter() func() int {
                        	n := 0
                        	return func() int {
                        		n++
                        		return n
                        	}
                        }

                        var apply = func(f func(int) int, x int) int { return f(x) }
                        """),
                named("interpreted string literals with escapes", """
                        package p

                        var (
                        	a = "hello\\n\\t\\"world\\"\\\\"
                        	b = "\\x41\\u00e9\\U0001F600\\101"
                        	c = ""
                        	d = "日本語"
                        )
                        """),
                named("binary, unary and comparison operators", """
                        package p

                        var (
                        	a = 1 + 2 - 3*4/5%6
                        	b = 1<<2 | 3>>1 & 7 ^ 8 &^ 9
                        	c = !(1 < 2) || 3 <= 4 && 5 > 6 || 7 >= 8 || 9 == 9 || 1 != 2
                        	d = -a + +b ^ ^c
                        )
                        """),
                named("methods with value and pointer receivers", """
                        package p

                        type T struct{ n int }

                        func (t T) Get() int { return t.n }

                        func (t *T) Set(n int) { t.n = n }

                        func (T) Static() {}

                        func (*T) PtrStatic() {}
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constructs")
    void parsesConstruct(String src) {
        parseOk(src);
    }

    // ---------------------------------------------------------------------------------------
    // tricky cases, one named test each
    // ---------------------------------------------------------------------------------------

    static final String COMPOSITE_LIT_IN_IF_HEADER = """
            package p

            func f(v T) bool {
            	if v == (T{}) {
            		return true
            	}
            	if _, ok := m[T{a: 1}]; ok {
            	}
            	return false
            }
            """;

    @Test
    void compositeLiteralInIfHeader() {
        GoFile f = parseOk(COMPOSITE_LIT_IN_IF_HEADER);
        assertThat(shape(f)).contains("if v == ( T { } ) { return true $ }", "if _ , ok := m [ T { a : 1 } ] ; ok { }");
    }

    static final String COMPOSITE_LIT_IN_FOR_HEADER = """
            package p

            func f() {
            	for _, x := range []int{1, 2} {
            		_ = x
            	}
            	for _, p := range []Point{{1, 2}, {3, 4}} {
            		_ = p
            	}
            }
            """;

    @Test
    void compositeLiteralInForRangeHeader() {
        GoFile f = parseOk(COMPOSITE_LIT_IN_FOR_HEADER);
        assertThat(shape(f))
                .contains("for _ , x := range [ ] int { 1 , 2 } { _ = x $ }")
                .contains("for _ , p := range [ ] Point { { 1 , 2 } , { 3 , 4 } } { _ = p $ }");
    }

    static final String COMPOSITE_LIT_IN_SWITCH_HEADER = """
            package p

            func f(t T) {
            	switch (T{}) {
            	case t:
            	}
            	switch x := (T{a: 1}); x {
            	}
            }
            """;

    @Test
    void compositeLiteralInSwitchHeader() {
        GoFile f = parseOk(COMPOSITE_LIT_IN_SWITCH_HEADER);
        assertThat(shape(f)).contains("switch ( T { } ) { case t : }", "switch x := ( T { a : 1 } ) ; x { }");
    }

    static final String GENERIC_CALL_VS_INDEX_CALL_VS_INDEX = """
            package p

            func g() {
            	f[int](x)
            	f[int, string](x, y)
            	a[i](x)
            	_ = m[k]
            	_ = m[k][j]
            }
            """;

    @Test
    void genericCallVsIndexedCallVsIndex() {
        GoFile f = parseOk(GENERIC_CALL_VS_INDEX_CALL_VS_INDEX);
        assertThat(shape(f)).isEqualTo("package p $ func g ( ) {"
                + " f [ int ] ( x ) $"
                + " f [ int , string ] ( x , y ) $"
                + " a [ i ] ( x ) $"
                + " _ = m [ k ] $"
                + " _ = m [ k ] [ j ] $"
                + " } $");
    }

    static final String QUALIFIED_GENERIC_CALL = """
            package p

            func g() {
            	x.y[T1, T2](z)
            	_ = slices.Index[[]int, int](s, 1)
            }
            """;

    @Test
    void qualifiedGenericCallWithTwoTypeArguments() {
        GoFile f = parseOk(QUALIFIED_GENERIC_CALL);
        assertThat(shape(f)).contains("x . y [ T1 , T2 ] ( z ) $", "slices . Index [ [ ] int , int ] ( s , 1 ) $");
    }

    static final String GENERIC_INSTANTIATED_COMPOSITE_LITERALS = """
            package p

            func New[T any]() *List[T] {
            	l := List[T]{}
            	_ = &List[int]{}
            	_ = Pair[string, int]{"a", 1}
            	_ = map[string]List[int]{}
            	return &l
            }
            """;

    @Test
    void genericInstantiatedCompositeLiterals() {
        GoFile f = parseOk(GENERIC_INSTANTIATED_COMPOSITE_LITERALS);
        assertThat(shape(f)).contains("l := List [ T ] { } $", "_ = Pair [ string , int ] { \"a\" , 1 } $");
    }

    static final String GENERIC_METHOD_RECEIVERS = """
            package p

            type List[T any] struct{ items []T }

            func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

            func (l List[T]) Len() int { return len(l.items) }

            func (l *List[_]) Reset() {}

            func (p Pair[K, V]) Key() K { return p.k }
            """;

    @Test
    void genericMethodReceivers() {
        GoFile f = parseOk(GENERIC_METHOD_RECEIVERS);
        assertThat(shape(f)).contains("func ( l * List [ T ] ) Push ( v T ) {", "func ( p Pair [ K , V ] ) Key ( ) K {");
    }

    static final String TYPE_PARAMS_VS_ARRAY_LENGTH = """
            package p

            const N, M = 2, 3

            type Arr [N * M]int

            type Gen[P *Q, Q any] struct{ p P }

            type Trailing[P *C,] struct{}

            type Inline[T interface{ ~int | ~string }] []T
            """;

    /** {@code type A [N * M]int} is an array type; {@code type G[P *Q, Q any]} a type parameter list. */
    @Test
    void typeParameterListVersusArrayLength() {
        GoFile f = parseOk(TYPE_PARAMS_VS_ARRAY_LENGTH);
        assertThat(shape(f)).contains("type Arr [ N * M ] int $", "type Gen [ P * Q , Q any ] struct {", "type Trailing [ P * C , ] struct { } $");
    }

    static final String CONSTRAINTS_WITH_TILDE_AND_UNION = """
            package p

            type Stringish interface {
            	~string | ~[]byte
            }

            func F[T interface{ ~int | ~string }](x T) {}

            func G[T ~int | ~uint, U any](x T, u U) {}

            func H[S ~[]E, E comparable](s S) {}
            """;

    @Test
    void constraintsWithTildeAndUnion() {
        GoFile f = parseOk(CONSTRAINTS_WITH_TILDE_AND_UNION);
        assertThat(shape(f)).contains("~ string | ~ [ ] byte $", "func F [ T interface { ~ int | ~ string } ]", "func G [ T ~ int | ~ uint , U any ]");
    }

    static final String VARIADIC_GENERIC_PARAMS = """
            package p

            func Sum[T int | float64](xs ...T) (s T) {
            	for _, x := range xs {
            		s += x
            	}
            	return
            }
            """;

    @Test
    void variadicParameterOfTypeParameterType() {
        GoFile f = parseOk(VARIADIC_GENERIC_PARAMS);
        assertThat(shape(f)).contains("( xs ... T ) ( s T )");
    }

    static final String TYPE_SWITCHES = """
            package p

            func f(y any) {
            	switch x := y.(type) {
            	case int, string:
            		_ = x
            	case nil:
            	case []T, map[string]T, func() error, *T:
            	default:
            	}
            	switch y.(type) {
            	}
            	switch z := g(); t := z.(type) {
            	case error:
            		_ = t
            	}
            }
            """;

    @Test
    void typeSwitches() {
        GoFile f = parseOk(TYPE_SWITCHES);
        assertThat(shape(f))
                .contains("switch x := y . ( type ) { case int , string : _ = x $ case nil :")
                .contains("case [ ] T , map [ string ] T , func ( ) error , * T :")
                .contains("switch y . ( type ) { }")
                .contains("switch z := g ( ) ; t := z . ( type ) {");
    }

    static final String METHOD_EXPRESSIONS = """
            package p

            func f(t T) {
            	g := (*T).M
            	h := T.M
            	g(&t)
            	h(t)
            	_ = (*T).M(&t)
            	_ = fmt.Stringer.String
            }
            """;

    @Test
    void methodExpressions() {
        GoFile f = parseOk(METHOD_EXPRESSIONS);
        assertThat(shape(f)).contains("g := ( * T ) . M $ h := T . M $", "_ = ( * T ) . M ( & t ) $");
    }

    static final String STRUCT_TAGS = """
            package p

            type S struct {
            	Name string `json:"name,omitempty" xml:"n"`
            	Age  int    "age"
            	A, B int    `both`
            	*Embedded   `embedded:"yes"`
            	pkg.Other   `q`
            }
            """;

    @Test
    void structTags() {
        GoFile f = parseOk(STRUCT_TAGS);
        assertThat(codeTexts(f)).contains("`json:\"name,omitempty\" xml:\"n\"`", "\"age\"", "`both`", "`embedded:\"yes\"`");
        // one implicit semicolon after the package clause, one per field line, one after the struct
        assertThat(implicitSemicolons(f)).isEqualTo(7);
    }

    static final String VARIADIC_CALLS_AND_ARRAY_LITERALS = """
            package p

            func g(prefix string, xs ...int) {
            	f(xs...)
            	_ = append(a, b...)
            	_ = append([]byte("x"), "yz"...)
            	_ = [...]int{1, 2}
            	_ = [...]string{2: "c", 0: "a"}
            }
            """;

    @Test
    void variadicCallsAndEllipsisArrays() {
        GoFile f = parseOk(VARIADIC_CALLS_AND_ARRAY_LITERALS);
        assertThat(shape(f))
                .contains("( prefix string , xs ... int )")
                .contains("f ( xs ... ) $")
                .contains("\"yz\" ... ) $")
                .contains("[ ... ] int { 1 , 2 } $");
    }

    static final String CHANNEL_TYPES = """
            package p

            var (
            	a <-chan <-chan int
            	b chan<- chan int
            	c chan (<-chan int)
            	d chan<- <-chan int
            	e chan<- func(chan<- int)
            	f chan chan<- bool
            )
            """;

    @Test
    void channelTypes() {
        GoFile f = parseOk(CHANNEL_TYPES);
        assertThat(shape(f)).isEqualTo("package p $ var ("
                + " a <- chan <- chan int $"
                + " b chan <- chan int $"
                + " c chan ( <- chan int ) $"
                + " d chan <- <- chan int $"
                + " e chan <- func ( chan <- int ) $"
                + " f chan chan <- bool $"
                + " ) $");
    }

    static final String CONVERSIONS = """
            package p

            // func()(x) is the signature "func() x" (spec, Conversions); (func())(x) converts x.
            type Sig func()(x)

            func f(p unsafe.Pointer, ch chan session.Event, x any) {
            	_ = (*T)(p)
            	_ = (func())(x)
            	_ = (chan<- session.Event)(ch)
            	_ = (<-chan int)(nil)
            	_ = []byte("x")
            	_ = map[string]int(nil)
            	_ = interface{}(x)
            	_ = string(rune(65))
            	_ = (*[4]byte)(p)
            }
            """;

    /**
     * {@code func()(x)} as an expression is rejected by gofmt (it is a signature, not a
     * conversion); see SyntaxErrorTest. Here it is used as a type, which is valid.
     */
    @Test
    void conversions() {
        GoFile f = parseOk(CONVERSIONS);
        assertThat(shape(f))
                .contains("type Sig func ( ) ( x ) $")
                .contains("_ = ( * T ) ( p ) $")
                .contains("_ = ( func ( ) ) ( x ) $")
                .contains("_ = ( chan <- session . Event ) ( ch ) $")
                .contains("_ = [ ] byte ( \"x\" ) $")
                .contains("_ = map [ string ] int ( nil ) $");
        assertThat(implicitSemicolons(f)).isEqualTo(12);
    }

    static final String QUALIFIED_COMPOSITE_LITERALS = """
            package p

            func newClient(a string) *redis.Client {
            	return redis.NewClient(&redis.Options{Addr: a})
            }

            func keys(k []jose.JSONWebKey) jose.JSONWebKeySet {
            	return jose.JSONWebKeySet{Keys: k}
            }

            func opts(a string) *redis.Options {
            	o := &redis.Options{
            		Addr: a,
            		DB:   0,
            	}
            	return o
            }
            """;

    @Test
    void compositeLiteralsOfQualifiedTypes() {
        GoFile f = parseOk(QUALIFIED_COMPOSITE_LITERALS);
        assertThat(shape(f))
                .contains("& redis . Options { Addr : a } ) $")
                .contains("return jose . JSONWebKeySet { Keys : k } $")
                .contains("o := & redis . Options { Addr : a , DB : 0 , } $");
    }

    static final String NESTED_ELIDED_COMPOSITE_LITERALS = """
            package p

            var (
            	pts  = []Point{{1, 2}, {3, 4}}
            	m    = map[string][]int{"a": {1}, "b": {}}
            	grid = [2][2]int{{1, 2}, {3, 4}}
            	ptrs = []*Point{{1, 2}, {X: 3}}
            	keys = map[Point]string{{1, 2}: "a"}
            	deep = [][]Point{{{1, 2}}, {}}
            )
            """;

    @Test
    void nestedCompositeLiteralsWithElidedTypes() {
        GoFile f = parseOk(NESTED_ELIDED_COMPOSITE_LITERALS);
        assertThat(shape(f))
                .contains("pts = [ ] Point { { 1 , 2 } , { 3 , 4 } } $")
                .contains("m = map [ string ] [ ] int { \"a\" : { 1 } , \"b\" : { } } $")
                .contains("keys = map [ Point ] string { { 1 , 2 } : \"a\" } $");
        assertThat(implicitSemicolons(f)).isEqualTo(8);
    }

    static final String SEMICOLON_INSERTION = """
            package p

            func h() {
            	return
            }

            func f(a []int) (int, string) {
            	x := 1
            	x++
            	x--
            	g()
            	_ = a[0]
            	_ = struct{}{}
            	_ = 'r'
            	_ = 1.5
            	_ = 2i
            	_ = "s"
            	_ = `raw`
            	for {
            		if x > 0 {
            			break
            		}
            		continue
            	}
            	switch x {
            	case 1:
            		fallthrough
            	default:
            	}
            	return x, "s"
            }
            """;

    /** A semicolon is inserted after a line's final token iff it is an identifier, literal, keyword
     * break/continue/fallthrough/return, ++, --, ), ] or }. */
    @Test
    void semicolonInsertionAfterLineFinalTokens() {
        GoFile f = parseOk(SEMICOLON_INSERTION);
        assertThat(shape(f)).isEqualTo("package p $"
                + " func h ( ) { return $ } $"
                + " func f ( a [ ] int ) ( int , string ) {"
                + " x := 1 $"
                + " x ++ $"
                + " x -- $"
                + " g ( ) $"
                + " _ = a [ 0 ] $"
                + " _ = struct { } { } $"
                + " _ = 'r' $"
                + " _ = 1.5 $"
                + " _ = 2i $"
                + " _ = \"s\" $"
                + " _ = `raw` $"
                + " for { if x > 0 { break $ } $ continue $ } $"
                + " switch x { case 1 : fallthrough $ default : } $"
                + " return x , \"s\" $"
                + " } $");
        assertThat(implicitSemicolons(f)).isEqualTo(22);
    }

    static final String NO_SEMICOLON_AFTER_OPERATORS = """
            package p

            func f(a, b int, x T) int {
            	s := a +
            		b
            	t := x.
            		Y
            	ok := a > 0 &&
            		b > 0
            	u :=
            		1
            	v := []int{
            		1,
            		2,
            	}
            	g(a,
            		b)
            	return s *
            		t
            }
            """;

    @Test
    void noSemicolonAfterOperatorsCommasAndDots() {
        GoFile f = parseOk(NO_SEMICOLON_AFTER_OPERATORS);
        assertThat(shape(f)).isEqualTo("package p $ func f ( a , b int , x T ) int {"
                + " s := a + b $"
                + " t := x . Y $"
                + " ok := a > 0 && b > 0 $"
                + " u := 1 $"
                + " v := [ ] int { 1 , 2 , } $"
                + " g ( a , b ) $"
                + " return s * t $"
                + " } $");
    }

    static final String MULTI_LINE_CALL_CHAIN = """
            package p

            func f(b *Builder) {
            	b.
            		Foo().
            		Bar()
            	x, y :=
            		1,
            		2
            	_, _ = x, y
            	q := db.Table("t").
            		Where("a = ?", 1).
            		Find(&out)
            	_ = q
            }
            """;

    @Test
    void multiLineCallChainsAndExpressionLists() {
        GoFile f = parseOk(MULTI_LINE_CALL_CHAIN);
        assertThat(shape(f))
                .contains("{ b . Foo ( ) . Bar ( ) $ x , y := 1 , 2 $")
                .contains("q := db . Table ( \"t\" ) . Where ( \"a = ?\" , 1 ) . Find ( & out ) $");
        assertThat(implicitSemicolons(f)).isEqualTo(7);
    }

    static final String BLOCK_COMMENT_AS_NEWLINE = """
            package p

            func f() {
            	x := 1 /*
            	*/ y := 2
            	z := 3 /* same line */ + 4
            	w := 5 // line comment
            	_, _, _, _ = x, y, z, w
            }
            """;

    /** A general comment containing newlines acts like a newline; one without newlines like a space. */
    @Test
    void multiLineBlockCommentActsAsNewline() {
        GoFile f = parseOk(BLOCK_COMMENT_AS_NEWLINE);
        assertThat(shape(f)).isEqualTo("package p $ func f ( ) {"
                + " x := 1 $ y := 2 $"
                + " z := 3 + 4 $"
                + " w := 5 $"
                + " _ , _ , _ , _ = x , y , z , w $"
                + " } $");
        assertThat(f.tokens()).filteredOn(GoToken::isComment).extracting(GoToken::text)
                .containsExactly("/*\n\t*/", "/* same line */", "// line comment");
    }

    static final String NO_TRAILING_NEWLINE = "package p\n\nfunc f() { g() }";

    @Test
    void fileWithoutTrailingNewline() {
        GoFile f = parseOk(NO_TRAILING_NEWLINE);
        assertThat(f.lineEnding()).isEqualTo(LineEnding.LF);
        // go/scanner inserts a semicolon at EOF after the final "}" (spec: after a line's final token)
        assertThat(shape(f)).isEqualTo("package p $ func f ( ) { g ( ) } $");
        GoToken last = f.codeTokens().get(f.codeTokens().size() - 1);
        assertThat(last.isImplicitSemicolon()).isTrue();
        assertThat(last.text()).isEmpty();
    }

    static final String LABEL_BEFORE_CLOSING_BRACE = """
            package p

            func f(n int) {
            	if n > 0 {
            		goto end
            	}
            	n++
            end:
            }
            """;

    @Test
    void labelFollowedByClosingBrace() {
        GoFile f = parseOk(LABEL_BEFORE_CLOSING_BRACE);
        assertThat(shape(f)).contains("n ++ $ end : } $");
    }

    static final String GOTO_AND_LABELS = """
            package p

            func f(n int) int {
            loop:
            	if n > 10 {
            		goto done
            	}
            	n++
            	goto loop
            done:
            	L1:
            	for {
            		break L1
            	}
            	return n
            }
            """;

    @Test
    void gotoAndLabels() {
        GoFile f = parseOk(GOTO_AND_LABELS);
        assertThat(shape(f)).contains("loop : if n > 10 { goto done $ } $", "goto loop $ done : L1 : for { break L1 $ } $");
    }

    static final String EMPTY_STATEMENTS = """
            package p

            func f() {
            	;;
            	x := 1;;
            	;
            	_ = x;
            }
            """;

    @Test
    void emptyStatements() {
        GoFile f = parseOk(EMPTY_STATEMENTS);
        assertThat(shape(f)).isEqualTo("package p $ func f ( ) { ; ; x := 1 ; ; ; _ = x ; } $");
        assertThat(f.codeTokens()).filteredOn(GoToken::isSemicolon).hasSize(8);
    }

    static final String IF_WITH_INIT = """
            package p

            func g() {
            	if x := f(); x > 0 {
            	}
            	if err := do(); err != nil {
            		return
            	} else if x, ok := m["k"]; !ok {
            		_ = x
            	}
            }
            """;

    @Test
    void ifWithInitStatement() {
        GoFile f = parseOk(IF_WITH_INIT);
        assertThat(shape(f)).contains("if x := f ( ) ; x > 0 { } $", "else if x , ok := m [ \"k\" ] ; ! ok {");
    }

    static final String FOR_WITH_EMPTY_CLAUSES = """
            package p

            func f() {
            	for ;; {
            		break
            	}
            	for i := 0; ; i++ {
            		break
            	}
            	for ; cond(); {
            	}
            }
            """;

    @Test
    void forWithEmptyClauses() {
        GoFile f = parseOk(FOR_WITH_EMPTY_CLAUSES);
        assertThat(shape(f)).contains("for ; ; { break $ } $", "for i := 0 ; ; i ++ {", "for ; cond ( ) ; { } $");
    }

    static final String ANONYMOUS_STRUCTS = """
            package p

            var (
            	a = struct{}{}
            	b = struct{ x, y int }{1, 2}
            	c = map[string]struct{}{"k": {}}
            	d = []struct{ n string }{{"a"}, {n: "b"}}
            )

            func f(ch chan struct{}) {
            	ch <- struct{}{}
            }
            """;

    @Test
    void anonymousStructs() {
        GoFile f = parseOk(ANONYMOUS_STRUCTS);
        assertThat(shape(f)).contains("a = struct { } { } $", "ch <- struct { } { } $");
    }

    static final String EMPTY_INTERFACE_PARAMS = """
            package p

            func f(x interface{}, ys ...interface{}) interface{} {
            	var z interface{} = x
            	_ = any(z)
            	return ys
            }

            func g(fn func(interface{}) error, v any) {}
            """;

    @Test
    void emptyInterfaceParameters() {
        GoFile f = parseOk(EMPTY_INTERFACE_PARAMS);
        assertThat(shape(f)).contains("func f ( x interface { } , ys ... interface { } ) interface { } {");
    }

    static final String VARIADIC_FUNC_TYPES = """
            package p

            var f func(...int)

            type Logger func(format string, args ...any) error

            func apply(g func(int, ...string) bool) {}
            """;

    @Test
    void variadicFunctionTypes() {
        GoFile f = parseOk(VARIADIC_FUNC_TYPES);
        assertThat(shape(f)).contains("var f func ( ... int ) $", "func ( int , ... string ) bool");
    }

    static final String GO_FUNC_LITERAL_CALL = """
            package p

            func f(wg *sync.WaitGroup) {
            	go func() {}()
            	go func(x int) {
            		defer wg.Done()
            	}(1)
            }
            """;

    @Test
    void goStatementWithFunctionLiteralCall() {
        GoFile f = parseOk(GO_FUNC_LITERAL_CALL);
        assertThat(shape(f)).contains("go func ( ) { } ( ) $", "go func ( x int ) { defer wg . Done ( ) $ } ( 1 ) $");
    }

    static final String DEFER_METHOD_CALL = """
            package p

            func f(mu *sync.Mutex) {
            	mu.Lock()
            	defer mu.Unlock()
            	defer func() { _ = recover() }()
            }
            """;

    @Test
    void deferMethodCall() {
        GoFile f = parseOk(DEFER_METHOD_CALL);
        assertThat(shape(f)).contains("defer mu . Unlock ( ) $", "defer func ( ) { _ = recover ( ) } ( ) $");
    }

    static final String TYPE_ASSERTIONS = """
            package p

            func f(x any) {
            	_ = x.(T)
            	_ = x.(*T)
            	s, ok := x.(fmt.Stringer)
            	_ = x.(interface{ M() })
            	_ = x.([]int)[0]
            	_, _ = s, ok
            }
            """;

    @Test
    void typeAssertions() {
        GoFile f = parseOk(TYPE_ASSERTIONS);
        assertThat(shape(f)).contains("_ = x . ( T ) $", "_ = x . ( * T ) $", "s , ok := x . ( fmt . Stringer ) $", "_ = x . ( [ ] int ) [ 0 ] $");
    }

    static final String UNARY_RECEIVE = """
            package p

            func f(ch chan int, cc chan chan int) {
            	<-ch
            	v := <-ch
            	v, ok := <-ch
            	g(<-ch, <-<-cc)
            	_, _ = v, ok
            }
            """;

    @Test
    void unaryReceive() {
        GoFile f = parseOk(UNARY_RECEIVE);
        assertThat(shape(f)).contains("{ <- ch $ v := <- ch $ v , ok := <- ch $ g ( <- ch , <- <- cc ) $");
    }

    static final String ASSIGNMENT_OPERATORS = """
            package p

            func f(x, y int) {
            	x &^= y
            	x <<= 2
            	x >>= 1
            	x += 1
            	x -= 1
            	x *= 2
            	x /= 2
            	x %= 3
            	x &= 7
            	x |= 8
            	x ^= 9
            	x = x &^ y
            }
            """;

    @Test
    void assignmentOperators() {
        GoFile f = parseOk(ASSIGNMENT_OPERATORS);
        assertThat(codeTexts(f)).contains("&^=", "<<=", ">>=", "%=", "&^");
        assertThat(shape(f)).contains("x &^= y $ x <<= 2 $ x >>= 1 $");
    }

    static final String SLICE_EXPRESSIONS = """
            package p

            func f(x []int, s string, n int) {
            	_ = x[1:2:3]
            	_ = x[:2:3]
            	_ = s[:]
            	_ = s[1:]
            	_ = s[:n]
            	_ = x[n-1 : n+1]
            }
            """;

    @Test
    void sliceExpressions() {
        GoFile f = parseOk(SLICE_EXPRESSIONS);
        assertThat(shape(f)).contains("_ = x [ 1 : 2 : 3 ] $ _ = x [ : 2 : 3 ] $ _ = s [ : ] $", "_ = x [ n - 1 : n + 1 ] $");
    }

    static final String INCREMENT_DEREFERENCE = """
            package p

            func f(p *int, a []int, s *S, i int) {
            	*p++
            	(*p)--
            	a[i]++
            	s.f++
            	*s.ptr--
            }
            """;

    @Test
    void incrementAndDecrementOfDereferences() {
        GoFile f = parseOk(INCREMENT_DEREFERENCE);
        assertThat(shape(f)).contains("{ * p ++ $ ( * p ) -- $ a [ i ] ++ $ s . f ++ $ * s . ptr -- $ }");
    }

    static final String RAW_STRINGS = """
            package p

            var s = `line one
            line two with "quotes" and \\n (no escapes)
            	tab-indented`

            var t = `a` + "`" + `b`

            var empty = ``
            """;

    @Test
    void rawStringsSpanningLines() {
        GoFile f = parseOk(RAW_STRINGS);
        assertThat(codeTexts(f)).contains("`line one\nline two with \"quotes\" and \\n (no escapes)\n\ttab-indented`", "\"`\"", "``");
        // no semicolons inserted at the newlines inside the raw string
        assertThat(implicitSemicolons(f)).isEqualTo(4);
    }

    /** Identifiers of every Unicode letter category (Lu, Ll, Lt, Lm, Lo, one outside the BMP) and Nd digits. */
    static final String UNICODE_IDENTIFIERS = """
            package p

            var Äpfel, café, ǅx, xʰ, 本本, x١٢, 𝒜b, _١ = 1, 2, 3, 4, 5, 6, 7, 8
            """;

    @Test
    void unicodeLettersAndDigitsMakeIdentifiers() {
        GoFile f = parseOk(UNICODE_IDENTIFIERS);
        assertThat(f.codeTokens()).filteredOn(t -> t.type() == dev.gorewrite.golang.antlr.GoLexer.IDENTIFIER)
                .extracting(GoToken::text)
                .containsExactly("p", "Äpfel", "café", "ǅx", "xʰ", "本本", "x١٢", "𝒜b", "_١");
        if (gofmtAvailable()) {
            assertThat(gofmt(UNICODE_IDENTIFIERS.getBytes(UTF_8)).accepted()).isTrue();
        }
    }

    /** A character that is no letter or digit, in or at the start of a name, and a digit at the start: an error there. */
    @ParameterizedTest
    @MethodSource("notIdentifiers")
    void otherCharactersAreNoPartOfAnIdentifier(String name, int column) {
        String src = "package p\n\nvar " + name + " = 1\n";
        GoFile f = GoFile.parse("bad.go", src.getBytes(UTF_8));

        assertThat(f.ok()).as(name).isFalse();
        assertThat(f.errors().get(0).line()).isEqualTo(3);
        assertThat(f.errors().get(0).column()).as(name).isEqualTo(column);
        assertThat(f.roundTrip()).isEqualTo(src.getBytes(UTF_8));
        if (gofmtAvailable()) {
            Gofmt oracle = gofmt(src.getBytes(UTF_8));
            assertThat(oracle.accepted()).isFalse();
            // gofmt also reports the character there (before it, sometimes, the declaration it cut short)
            assertThat(oracle.stderr()).contains("snippet.go:3:" + column + ": ");
        }
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> notIdentifiers() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("€uro", 5),       // U+20AC, a currency sign
                org.junit.jupiter.params.provider.Arguments.of("a\u00b7b", 6),  // U+00B7 middle dot (Po)
                org.junit.jupiter.params.provider.Arguments.of("e\u0301", 6),   // a combining accent (Mn)
                org.junit.jupiter.params.provider.Arguments.of("\u0661x", 5));  // an Nd digit cannot start one
    }

    static final String RUNE_LITERALS = """
            package p

            var runes = []rune{'a', 'ä', '本', '\\t', '\\000', '\\007', '\\377', '\\x41', '\\u12e4', '\\U00101234', '\\'', '\\\\', '"'}
            """;

    @Test
    void runeLiteralsWithEscapes() {
        GoFile f = parseOk(RUNE_LITERALS);
        assertThat(codeTexts(f)).contains("'\\x41'", "'\\u12e4'", "'\\U00101234'", "'\\''", "'\\\\'", "'\"'", "'本'");
        assertThat(shape(f)).endsWith("'\\'' , '\\\\' , '\"' } $");
    }

    static final String NUMBER_LITERALS = """
            package p

            var nums = []any{
            	42, 4_2, 0600, 0_600, 0o600, 0O600, 0xBadFace, 0xBad_Face, 0x_67_7a_2f_cc_40_c6,
            	170141183460469231731687303715884105727, 170_141183_460469_231731_687303_715884_105727,
            	0b1010, 0B_1,
            	0., 72.40, 072.40, 2.71828, 1.e+0, 6.67428e-11, 1E6, .25, .12345E+5, 1_5., 0.15e+0_2,
            	0x1p-2, 0x2.p10, 0x1.Fp+0, 0X.8p-0, 0X_1FFFP-16, 0x15e - 2,
            	0i, 0123i, 0o123i, 0xabci, 0.i, 2.71828i, 1.e+0i, 6.67428e-11i, 1E6i, .25i, .12345E+5i, 0x1p-2i, 1e3i,
            	1_000_000, 0o17,
            }
            """;

    /** Every literal must be a single token: e.g. 0x1p-2 is not 0x1p - 2, 1e3i is not 1e3 i. */
    @Test
    void numberLiterals() {
        GoFile f = parseOk(NUMBER_LITERALS);
        assertThat(codeTexts(f)).contains(
                "0o17", "0x1p-2", "0X_1FFFP-16", "1_000_000", "0b1010", "1e3i", "0123i", "6.67428e-11",
                "0x_67_7a_2f_cc_40_c6", ".12345E+5i", "0x1p-2i", "0.15e+0_2", "1.e+0", "0.i");
        // "0x15e - 2" is hex 0x15e minus 2, not a float with exponent
        assertThat(shape(f)).contains("0x15e - 2 ,");
    }

    // ---------------------------------------------------------------------------------------
    // gofmt as an oracle
    // ---------------------------------------------------------------------------------------

    /** Every snippet of this class (plain constructs + every String constant) and of SyntaxErrorTest. */
    static Stream<Named<String>> allSnippets() {
        Stream<Named<String>> constants = Arrays.stream(GoSyntaxTest.class.getDeclaredFields())
                .filter(fld -> fld.getType() == String.class && Modifier.isStatic(fld.getModifiers()))
                .map(fld -> named(fld.getName(), constantValue(fld)));
        Stream<Named<String>> invalid = SyntaxErrorTest.cases()
                .map(c -> named("invalid: " + c.name(), c.src()));
        return Stream.of(constructs(), constants, invalid).flatMap(s -> s);
    }

    private static String constantValue(Field fld) {
        try {
            return (String) fld.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    /** gofmt -e accepts the snippet if and only if our parser accepts it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("allSnippets")
    void gofmtAgreesOnEverySnippet(String src) {
        Assumptions.assumeTrue(gofmtAvailable(), "gofmt not on PATH");
        Gofmt oracle = gofmt(src.getBytes(UTF_8));
        GoFile f = parse(src);
        assertThat(f.ok())
                .as("gofmt %s (%s) but our parser reported %s for%n%s",
                        oracle.accepted() ? "accepts" : "rejects", oracle.stderr().strip(), f.errors(), src)
                .isEqualTo(oracle.accepted());
    }
}
