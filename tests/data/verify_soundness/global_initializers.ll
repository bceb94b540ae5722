; Loads from an exact constant global fold to its initializer, pointers to other globals included (a lookup table
; of strings, as SimplifyCFG builds for a switch). A global whose type or initializer the target changes (GlobalOpt
; shrinking a flag to i1) changes the other functions too, so the function alone is not comparable.

;; pair: switch-to-table-of-string-pointers
;; expect: proved
;; source
@.s0 = private unnamed_addr constant [4 x i8] c"Mon\00"
@.s1 = private unnamed_addr constant [4 x i8] c"Tue\00"
@.s2 = private unnamed_addr constant [4 x i8] c"???\00"
define ptr @name(i32 noundef %d) {
entry:
  switch i32 %d, label %other [
    i32 0, label %mon
    i32 1, label %tue
  ]
mon:
  br label %done
tue:
  br label %done
other:
  br label %done
done:
  %r = phi ptr [ @.s0, %mon ], [ @.s1, %tue ], [ @.s2, %other ]
  ret ptr %r
}
;; target
@.s0 = private unnamed_addr constant [4 x i8] c"Mon\00"
@.s1 = private unnamed_addr constant [4 x i8] c"Tue\00"
@.s2 = private unnamed_addr constant [4 x i8] c"???\00"
@table = private unnamed_addr constant [2 x ptr] [ptr @.s0, ptr @.s1], align 8
define ptr @name(i32 noundef %d) {
entry:
  %in = icmp ult i32 %d, 2
  br i1 %in, label %lookup, label %done
lookup:
  %i = zext nneg i32 %d to i64
  %slot = getelementptr inbounds [2 x ptr], ptr @table, i64 0, i64 %i
  %p = load ptr, ptr %slot, align 8
  br label %done
done:
  %r = phi ptr [ %p, %lookup ], [ @.s2, %entry ]
  ret ptr %r
}

;; pair: table-with-swapped-entries
;; expect: refuted
;; source
@.s0 = private unnamed_addr constant [4 x i8] c"Mon\00"
@.s1 = private unnamed_addr constant [4 x i8] c"Tue\00"
define ptr @name(i1 %d) {
  %r = select i1 %d, ptr @.s1, ptr @.s0
  ret ptr %r
}
;; target
@.s0 = private unnamed_addr constant [4 x i8] c"Mon\00"
@.s1 = private unnamed_addr constant [4 x i8] c"Tue\00"
@table = private unnamed_addr constant [2 x ptr] [ptr @.s1, ptr @.s0], align 8
define ptr @name(i1 %d) {
  %i = zext i1 %d to i64
  %slot = getelementptr inbounds [2 x ptr], ptr @table, i64 0, i64 %i
  %p = load ptr, ptr %slot, align 8
  ret ptr %p
}

;; pair: struct-constant-field-folded
;; expect: proved
;; source
@pt = internal constant { i8, i32 } { i8 3, i32 70000 }
define i32 @f() {
  %p = getelementptr inbounds { i8, i32 }, ptr @pt, i64 0, i32 1
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
@pt = internal constant { i8, i32 } { i8 3, i32 70000 }
define i32 @f() {
  ret i32 70000
}

;; pair: struct-constant-wrong-field
;; expect: refuted
;; source
@pt = internal constant { i8, i32 } { i8 3, i32 70000 }
define i32 @f() {
  %p = getelementptr inbounds { i8, i32 }, ptr @pt, i64 0, i32 1
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
@pt = internal constant { i8, i32 } { i8 3, i32 70000 }
define i32 @f() {
  ret i32 3
}

;; pair: global-shrunk-to-i1
;; expect: right
;; source
@flag = internal global i32 0, align 4
define i32 @get() {
  %v = load i32, ptr @flag, align 4
  ret i32 %v
}
;; target
@flag = internal unnamed_addr global i1 false, align 4
define i32 @get() {
  %b = load i1, ptr @flag, align 4
  %v = zext i1 %b to i32
  ret i32 %v
}

;; pair: global-shrunk-function-changed
;; expect: wrong
;; source
@flag = internal global i32 0, align 4
define i32 @get() {
  %v = load i32, ptr @flag, align 4
  ret i32 %v
}
;; target
@flag = internal unnamed_addr global i1 false, align 4
define i32 @get() {
  %b = load i1, ptr @flag, align 4
  %v = select i1 %b, i32 0, i32 1
  ret i32 %v
}

;; pair: unmodelled-initializer-folded
;; expect: right
;; source
@pair = internal constant { i32, i32 } { i32 1, i32 undef }
define i32 @f() {
  %v = load i32, ptr @pair
  ret i32 %v
}
;; target
@pair = internal constant { i32, i32 } { i32 1, i32 undef }
define i32 @f() {
  ret i32 1
}

;; pair: unmodelled-initializer-misfolded
;; expect: wrong
;; source
@pair = internal constant { i32, i32 } { i32 1, i32 undef }
define i32 @f() {
  %v = load i32, ptr @pair
  ret i32 %v
}
;; target
@pair = internal constant { i32, i32 } { i32 1, i32 undef }
define i32 @f() {
  ret i32 2
}

;; pair: unmodelled-initializer-same-load
;; expect: proved
;; source
@pair = internal constant { i32, i32 } { i32 1, i32 undef }
define i32 @f() {
  %p = getelementptr inbounds i8, ptr @pair, i64 0
  %v = load i32, ptr %p
  ret i32 %v
}
;; target
@pair = internal constant { i32, i32 } { i32 1, i32 undef }
define i32 @f() {
  %v = load i32, ptr @pair
  ret i32 %v
}

;; pair: a handler loaded from a constant dispatch table of function addresses folded to the function
;; expect: proved
;; source
@table = internal constant [2 x ptr] [ptr @h0, ptr @h1], align 16
declare void @h0()
declare void @h1()

define ptr @f() {
  %p = getelementptr inbounds [2 x ptr], ptr @table, i64 0, i64 1
  %h = load ptr, ptr %p, align 8
  ret ptr %h
}
;; target
@table = internal constant [2 x ptr] [ptr @h0, ptr @h1], align 16
declare void @h0()
declare void @h1()

define ptr @f() {
  ret ptr @h1
}

;; pair: a handler loaded from a constant dispatch table folded to the wrong function
;; expect: wrong
;; source
@table = internal constant [2 x ptr] [ptr @h0, ptr @h1], align 16
declare void @h0()
declare void @h1()

define ptr @f() {
  %p = getelementptr inbounds [2 x ptr], ptr @table, i64 0, i64 1
  %h = load ptr, ptr %p, align 8
  ret ptr %h
}
;; target
@table = internal constant [2 x ptr] [ptr @h0, ptr @h1], align 16
declare void @h0()
declare void @h1()

define ptr @f() {
  ret ptr @h0
}
