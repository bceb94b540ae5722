;; pair: abs declared nobuiltin (declaration attribute): the call may not be replaced by llvm.abs
;; expect: wrong
;; source
declare i32 @abs(i32) nobuiltin
define i32 @f(i32 %x) {
  %r = call i32 @abs(i32 %x)
  ret i32 %r
}
;; target
declare i32 @abs(i32) nobuiltin
declare i32 @llvm.abs.i32(i32, i1)
define i32 @f(i32 %x) {
  %r = call i32 @llvm.abs.i32(i32 %x, i1 true)
  ret i32 %r
}

;; pair: abs declared nobuiltin through an attribute group: the call folded for a constant argument
;; expect: wrong
;; source
declare i32 @abs(i32) #0
define i32 @f() {
  %r = call i32 @abs(i32 -5)
  ret i32 %r
}
attributes #0 = { nobuiltin }
;; target
declare i32 @abs(i32) #0
define i32 @f() {
  ret i32 5
}
attributes #0 = { nobuiltin }

;; pair: fabs declared nobuiltin: a call with an unused result removed
;; expect: wrong
;; source
declare double @fabs(double) nobuiltin
define void @f(double %x) {
  %r = call double @fabs(double %x)
  ret void
}
;; target
declare double @fabs(double) nobuiltin
define void @f(double %x) {
  ret void
}

;; pair: abs with builtins enabled: call folded for a constant argument
;; expect: proved
;; source
declare i32 @abs(i32)
define i32 @f() {
  %r = call i32 @abs(i32 -5)
  ret i32 %r
}
;; target
declare i32 @abs(i32)
define i32 @f() {
  ret i32 5
}

;; pair: abs of INT_MIN is UB in C: target returns anything
;; expect: right
;; source
declare i32 @abs(i32)
define i32 @f() {
  %r = call i32 @abs(i32 -2147483648)
  ret i32 %r
}
;; target
declare i32 @abs(i32)
define i32 @f() {
  ret i32 0
}

;; pair: strlen in a no-builtins function: an unused call removed (may be a user function with side effects)
;; expect: wrong
;; source
declare i64 @strlen(ptr)
define void @f(ptr %s) #0 {
  %n = call i64 @strlen(ptr %s)
  ret void
}
attributes #0 = { "no-builtins" }
;; target
declare i64 @strlen(ptr)
define void @f(ptr %s) #0 {
  ret void
}
attributes #0 = { "no-builtins" }

;; pair: strlen declared nobuiltin: target declares it willreturn memory(argmem: read) and drops an unused call
;; expect: wrong
;; source
declare i64 @strlen(ptr) nobuiltin
define void @f(ptr %s) {
  %n = call i64 @strlen(ptr %s)
  ret void
}
;; target
declare i64 @strlen(ptr) nobuiltin memory(argmem: read) willreturn nounwind
define void @f(ptr %s) {
  ret void
}

;; pair: strlen in a no-builtins function: target declares it memory(argmem: read) willreturn nounwind
;; expect: wrong
;; source
declare i64 @strlen(ptr)
@x = global i32 0, align 4
define i32 @f(ptr %s) #0 {
  store i32 1, ptr @x, align 4
  %n = call i64 @strlen(ptr %s)
  %v = load i32, ptr @x, align 4
  ret i32 %v
}
attributes #0 = { "no-builtins" }
;; target
declare i64 @strlen(ptr) memory(argmem: read) willreturn nounwind
@x = global i32 0, align 4
define i32 @f(ptr %s) #0 {
  store i32 1, ptr @x, align 4
  %n = call i64 @strlen(ptr %s)
  ret i32 1
}
attributes #0 = { "no-builtins" }

;; pair: memcmp of 0 bytes is 0
;; expect: right
;; source
declare i32 @memcmp(ptr, ptr, i64)
define i32 @f(ptr %p, ptr %q) {
  %r = call i32 @memcmp(ptr %p, ptr %q, i64 0)
  ret i32 %r
}
;; target
declare i32 @memcmp(ptr, ptr, i64)
define i32 @f(ptr %p, ptr %q) {
  ret i32 0
}

;; pair: memcmp of 4 bytes compared with 0 becomes an i32 equality
;; expect: right
;; source
declare i32 @memcmp(ptr, ptr, i64)
define i1 @f(ptr %p, ptr %q) {
  %r = call i32 @memcmp(ptr %p, ptr %q, i64 4)
  %c = icmp eq i32 %r, 0
  ret i1 %c
}
;; target
declare i32 @memcmp(ptr, ptr, i64)
define i1 @f(ptr %p, ptr %q) {
  %a = load i32, ptr %p, align 1
  %b = load i32, ptr %q, align 1
  %c = icmp eq i32 %a, %b
  ret i1 %c
}

;; pair: memcmp of 4 bytes: sign taken from a little-endian i32 compare (wrong byte order)
;; expect: wrong
;; source
declare i32 @memcmp(ptr, ptr, i64)
define i1 @f(ptr %p, ptr %q) {
  %r = call i32 @memcmp(ptr %p, ptr %q, i64 4)
  %c = icmp slt i32 %r, 0
  ret i1 %c
}
;; target
declare i32 @memcmp(ptr, ptr, i64)
define i1 @f(ptr %p, ptr %q) {
  %a = load i32, ptr %p, align 1
  %b = load i32, ptr %q, align 1
  %c = icmp ult i32 %a, %b
  ret i1 %c
}

;; pair: strlen(s) == 0 becomes s[0] == 0
;; expect: right
;; source
declare i64 @strlen(ptr)
define i1 @f(ptr %s) {
  %n = call i64 @strlen(ptr %s)
  %c = icmp eq i64 %n, 0
  ret i1 %c
}
;; target
declare i64 @strlen(ptr)
define i1 @f(ptr %s) {
  %b = load i8, ptr %s, align 1
  %c = icmp eq i8 %b, 0
  ret i1 %c
}

;; pair: strlen of a non-constant global string folded to its initializer's length
;; expect: wrong
;; source
declare i64 @strlen(ptr)
@s = global [4 x i8] c"abc\00", align 1
define i64 @f() {
  %n = call i64 @strlen(ptr @s)
  ret i64 %n
}
;; target
declare i64 @strlen(ptr)
@s = global [4 x i8] c"abc\00", align 1
define i64 @f() {
  ret i64 3
}

;; pair: printf of a string without a newline turned into puts (puts adds a newline)
;; expect: wrong
;; source
@.str = private unnamed_addr constant [6 x i8] c"hello\00", align 1
declare i32 @printf(ptr, ...)
define void @f() {
  %r = call i32 (ptr, ...) @printf(ptr @.str)
  ret void
}
;; target
@.str = private unnamed_addr constant [6 x i8] c"hello\00", align 1
declare i32 @puts(ptr)
define void @f() {
  %r = call i32 @puts(ptr @.str)
  ret void
}

;; pair: printf("%s\n", s) turned into puts(s)
;; expect: right
;; source
@.fmt = private unnamed_addr constant [4 x i8] c"%s\0A\00", align 1
declare i32 @printf(ptr, ...)
define void @f(ptr %s) {
  %r = call i32 (ptr, ...) @printf(ptr @.fmt, ptr %s)
  ret void
}
;; target
@.fmt = private unnamed_addr constant [4 x i8] c"%s\0A\00", align 1
declare i32 @puts(ptr)
define void @f(ptr %s) {
  %r = call i32 @puts(ptr %s)
  ret void
}

;; pair: printf("%s\n", s) turned into puts(s) but the result is returned (counts differ)
;; expect: wrong
;; source
@.fmt = private unnamed_addr constant [4 x i8] c"%s\0A\00", align 1
declare i32 @printf(ptr, ...)
define i32 @f(ptr %s) {
  %r = call i32 (ptr, ...) @printf(ptr @.fmt, ptr %s)
  ret i32 %r
}
;; target
@.fmt = private unnamed_addr constant [4 x i8] c"%s\0A\00", align 1
declare i32 @puts(ptr)
define i32 @f(ptr %s) {
  %r = call i32 @puts(ptr %s)
  ret i32 %r
}

;; pair: printf("%c", c) turned into putchar(c)
;; expect: right
;; source
@.fmt = private unnamed_addr constant [3 x i8] c"%c\00", align 1
declare i32 @printf(ptr, ...)
define void @f(i32 %c) {
  %r = call i32 (ptr, ...) @printf(ptr @.fmt, i32 %c)
  ret void
}
;; target
declare i32 @putchar(i32)
define void @f(i32 %c) {
  %r = call i32 @putchar(i32 %c)
  ret void
}

;; pair: printf with an unchanged format but a different argument
;; expect: wrong
;; source
@.fmt = private unnamed_addr constant [4 x i8] c"%d\0A\00", align 1
declare i32 @printf(ptr, ...)
define void @f(i32 %x) {
  %r = call i32 (ptr, ...) @printf(ptr @.fmt, i32 %x)
  ret void
}
;; target
@.fmt = private unnamed_addr constant [4 x i8] c"%d\0A\00", align 1
declare i32 @printf(ptr, ...)
define void @f(i32 %x) {
  %y = add i32 %x, 1
  %r = call i32 (ptr, ...) @printf(ptr @.fmt, i32 %y)
  ret void
}

;; pair: printf's format string global changed in the target (%d -> %x), call unchanged
;; expect: wrong
;; source
@.fmt = private unnamed_addr constant [4 x i8] c"%d\0A\00", align 1
declare i32 @printf(ptr, ...)
define void @f(i32 %x) {
  %r = call i32 (ptr, ...) @printf(ptr @.fmt, i32 %x)
  ret void
}
;; target
@.fmt = private unnamed_addr constant [4 x i8] c"%x\0A\00", align 1
declare i32 @printf(ptr, ...)
define void @f(i32 %x) {
  %r = call i32 (ptr, ...) @printf(ptr @.fmt, i32 %x)
  ret void
}

;; pair: a string passed to puts: the global's content changed in the target, calls unchanged
;; expect: wrong
;; source
@.s = private unnamed_addr constant [3 x i8] c"hi\00", align 1
declare i32 @puts(ptr)
define void @f() {
  %r = call i32 @puts(ptr @.s)
  ret void
}
;; target
@.s = private unnamed_addr constant [3 x i8] c"ho\00", align 1
declare i32 @puts(ptr)
define void @f() {
  %r = call i32 @puts(ptr @.s)
  ret void
}

;; pair: malloc with an unused result removed
;; expect: right
;; source
declare ptr @malloc(i64)
define void @f() {
  %p = call ptr @malloc(i64 4)
  ret void
}
;; target
declare ptr @malloc(i64)
define void @f() {
  ret void
}

;; pair: free(malloc(n)) removed
;; expect: right
;; source
declare ptr @malloc(i64)
declare void @free(ptr)
define void @f() {
  %p = call ptr @malloc(i64 4)
  call void @free(ptr %p)
  ret void
}
;; target
declare ptr @malloc(i64)
declare void @free(ptr)
define void @f() {
  ret void
}

;; pair: free(null) removed
;; expect: right
;; source
declare void @free(ptr)
define void @f() {
  call void @free(ptr null)
  ret void
}
;; target
declare void @free(ptr)
define void @f() {
  ret void
}

;; pair: free(p) of an argument removed (observable: p is freed)
;; expect: wrong
;; source
declare void @free(ptr)
define void @f(ptr %p) {
  call void @free(ptr %p)
  ret void
}
;; target
declare void @free(ptr)
define void @f(ptr %p) {
  ret void
}

;; pair: a store to p moved after free(p)
;; expect: wrong
;; source
declare void @free(ptr)
define void @f(ptr %p) {
  store i32 1, ptr %p, align 4
  call void @free(ptr %p)
  ret void
}
;; target
declare void @free(ptr)
define void @f(ptr %p) {
  call void @free(ptr %p)
  store i32 1, ptr %p, align 4
  ret void
}
