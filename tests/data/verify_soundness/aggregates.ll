; aggregates: insertvalue/extractvalue, struct and array returns, poison/undef fields, with.overflow intrinsics.

;; pair: a struct built by insertvalue returned, target returns the constant struct
;; expect: proved
;; source
define { i32, i8 } @f() {
  %a = insertvalue { i32, i8 } poison, i32 7, 0
  %b = insertvalue { i32, i8 } %a, i8 3, 1
  ret { i32, i8 } %b
}
;; target
define { i32, i8 } @f() {
  ret { i32, i8 } { i32 7, i8 3 }
}

;; pair: a struct with fields swapped by the target
;; expect: wrong
;; source
define { i32, i32 } @f(i32 noundef %x, i32 noundef %y) {
  %a = insertvalue { i32, i32 } poison, i32 %x, 0
  %b = insertvalue { i32, i32 } %a, i32 %y, 1
  ret { i32, i32 } %b
}
;; target
define { i32, i32 } @f(i32 noundef %x, i32 noundef %y) {
  %a = insertvalue { i32, i32 } poison, i32 %y, 0
  %b = insertvalue { i32, i32 } %a, i32 %x, 1
  ret { i32, i32 } %b
}

;; pair: a struct field left poison: target fills it with anything
;; expect: proved
;; source
define { i32, i32 } @f(i32 %x) {
  %a = insertvalue { i32, i32 } poison, i32 %x, 0
  ret { i32, i32 } %a
}
;; target
define { i32, i32 } @f(i32 %x) {
  %a = insertvalue { i32, i32 } { i32 0, i32 12345 }, i32 %x, 0
  ret { i32, i32 } %a
}

;; pair: a struct field left undef: target makes it poison
;; expect: wrong
;; source
define { i32, i32 } @f(i32 noundef %x) {
  %a = insertvalue { i32, i32 } undef, i32 %x, 0
  ret { i32, i32 } %a
}
;; target
define { i32, i32 } @f(i32 noundef %x) {
  %a = insertvalue { i32, i32 } poison, i32 %x, 0
  ret { i32, i32 } %a
}

;; pair: a struct field left undef: target gives it 0
;; expect: proved
;; source
define { i32, i32 } @f(i32 noundef %x) {
  %a = insertvalue { i32, i32 } undef, i32 %x, 0
  ret { i32, i32 } %a
}
;; target
define { i32, i32 } @f(i32 noundef %x) {
  %a = insertvalue { i32, i32 } zeroinitializer, i32 %x, 0
  ret { i32, i32 } %a
}

;; pair: extractvalue of an insertvalue at another index reads the original aggregate
;; expect: right
;; source
define i32 @f({ i32, i32 } %s, i32 %x) {
  %a = insertvalue { i32, i32 } %s, i32 %x, 1
  %r = extractvalue { i32, i32 } %a, 0
  ret i32 %r
}
;; target
define i32 @f({ i32, i32 } %s, i32 %x) {
  %r = extractvalue { i32, i32 } %s, 0
  ret i32 %r
}

;; pair: extractvalue of an insertvalue at a different field of a constant aggregate
;; expect: wrong
;; source
define i32 @f(i32 noundef %x) {
  %a = insertvalue { i32, i32 } { i32 5, i32 6 }, i32 %x, 1
  %r = extractvalue { i32, i32 } %a, 0
  ret i32 %r
}
;; target
define i32 @f(i32 noundef %x) {
  ret i32 %x
}

;; pair: nested struct with an array: extractvalue with two indices
;; expect: proved
;; source
define i8 @f() {
  %s = insertvalue { i32, [3 x i8] } poison, i8 9, 1, 2
  %r = extractvalue { i32, [3 x i8] } %s, 1, 2
  ret i8 %r
}
;; target
define i8 @f() {
  ret i8 9
}

;; pair: nested struct with an array: target reads the wrong array element
;; expect: wrong
;; source
define i8 @f() {
  %s = insertvalue { i32, [3 x i8] } { i32 0, [3 x i8] c"abc" }, i8 9, 1, 2
  %r = extractvalue { i32, [3 x i8] } %s, 1, 1
  ret i8 %r
}
;; target
define i8 @f() {
  ret i8 9
}

;; pair: nested struct with an array: reading an untouched element of a string constant
;; expect: right
;; source
define i8 @f() {
  %s = insertvalue { i32, [3 x i8] } { i32 0, [3 x i8] c"abc" }, i8 9, 1, 2
  %r = extractvalue { i32, [3 x i8] } %s, 1, 1
  ret i8 %r
}
;; target
define i8 @f() {
  ret i8 98
}

;; pair: an array return [2 x i16]: target swaps elements
;; expect: wrong
;; source
define [2 x i16] @f(i16 noundef %a, i16 noundef %b) {
  %x = insertvalue [2 x i16] poison, i16 %a, 0
  %y = insertvalue [2 x i16] %x, i16 %b, 1
  ret [2 x i16] %y
}
;; target
define [2 x i16] @f(i16 noundef %a, i16 noundef %b) {
  %x = insertvalue [2 x i16] poison, i16 %b, 0
  %y = insertvalue [2 x i16] %x, i16 %a, 1
  ret [2 x i16] %y
}

;; pair: a struct returned through a phi of two structs, target selects fields separately
;; expect: proved
;; source
define { i32, i32 } @f(i1 noundef %c, i32 %x, i32 %y) {
entry:
  br i1 %c, label %a, label %b
a:
  %s1 = insertvalue { i32, i32 } { i32 1, i32 poison }, i32 %x, 1
  br label %m
b:
  %s2 = insertvalue { i32, i32 } { i32 2, i32 poison }, i32 %y, 1
  br label %m
m:
  %p = phi { i32, i32 } [ %s1, %a ], [ %s2, %b ]
  ret { i32, i32 } %p
}
;; target
define { i32, i32 } @f(i1 noundef %c, i32 %x, i32 %y) {
entry:
  %f0 = select i1 %c, i32 1, i32 2
  %f1 = select i1 %c, i32 %x, i32 %y
  %s0 = insertvalue { i32, i32 } poison, i32 %f0, 0
  %s = insertvalue { i32, i32 } %s0, i32 %f1, 1
  ret { i32, i32 } %s
}

;; pair: a select of two structs with a poison condition is wholly poison, target keeps field 0 of one arm
;; expect: proved
;; source
define { i32, i32 } @f(i1 %c) {
  %s = select i1 %c, { i32, i32 } { i32 1, i32 2 }, { i32, i32 } { i32 1, i32 3 }
  ret { i32, i32 } %s
}
;; target
define { i32, i32 } @f(i1 %c) {
  %f1 = select i1 %c, i32 2, i32 3
  %s = insertvalue { i32, i32 } { i32 1, i32 poison }, i32 %f1, 1
  ret { i32, i32 } %s
}

;; pair: a noundef struct return with a poison field is UB, target returns anything
;; expect: proved
;; source
define noundef { i32, i32 } @f(i32 noundef %x) {
  %a = insertvalue { i32, i32 } poison, i32 %x, 0
  ret { i32, i32 } %a
}
;; target
define noundef { i32, i32 } @f(i32 noundef %x) {
  ret { i32, i32 } zeroinitializer
}

;; pair: a noundef struct return: target leaves one field poison where the source defined it
;; expect: wrong
;; source
define noundef { i32, i32 } @f(i32 noundef %x) {
  %a = insertvalue { i32, i32 } zeroinitializer, i32 %x, 0
  ret { i32, i32 } %a
}
;; target
define noundef { i32, i32 } @f(i32 noundef %x) {
  %a = insertvalue { i32, i32 } poison, i32 %x, 0
  ret { i32, i32 } %a
}

;; pair: sadd.with.overflow's value is the wrapping sum even on overflow, target uses add nsw (poison)
;; expect: wrong
;; source
declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32)
define i32 @f(i32 noundef %x, i32 noundef %y) {
  %s = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %x, i32 %y)
  %v = extractvalue { i32, i1 } %s, 0
  ret i32 %v
}
;; target
define i32 @f(i32 noundef %x, i32 noundef %y) {
  %v = add nsw i32 %x, %y
  ret i32 %v
}

;; pair: sadd.with.overflow used across a branch: add nsw in the non-overflow arm
;; expect: proved
;; source
declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32)
define i32 @f(i32 noundef %x, i32 noundef %y) {
entry:
  %s = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %x, i32 %y)
  %o = extractvalue { i32, i1 } %s, 1
  br i1 %o, label %ov, label %ok
ov:
  ret i32 0
ok:
  %v = extractvalue { i32, i1 } %s, 0
  ret i32 %v
}
;; target
define i32 @f(i32 noundef %x, i32 noundef %y) {
entry:
  %s = add nsw i32 %x, %y
  %s0 = add i32 %x, %y
  %t = sext i32 %x to i64
  %u = sext i32 %y to i64
  %w = add i64 %t, %u
  %ws = sext i32 %s0 to i64
  %o = icmp ne i64 %w, %ws
  br i1 %o, label %ov, label %ok
ov:
  ret i32 0
ok:
  ret i32 %s
}

;; pair: uadd.with.overflow's bit is not (x + y) <u x for an undef x (x is used twice in the target)
;; expect: wrong
;; source
declare { i32, i1 } @llvm.uadd.with.overflow.i32(i32, i32)
define i1 @f(i32 %x, i32 %y) {
  %s = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 %x, i32 %y)
  %o = extractvalue { i32, i1 } %s, 1
  ret i1 %o
}
;; target
define i1 @f(i32 %x, i32 %y) {
  %a = add i32 %x, %y
  %o = icmp ult i32 %a, %x
  ret i1 %o
}

;; pair: uadd.with.overflow's bit is not (x + y) <=u x (y = 0)
;; expect: wrong
;; source
declare { i32, i1 } @llvm.uadd.with.overflow.i32(i32, i32)
define i1 @f(i32 %x, i32 %y) {
  %s = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 %x, i32 %y)
  %o = extractvalue { i32, i1 } %s, 1
  ret i1 %o
}
;; target
define i1 @f(i32 %x, i32 %y) {
  %a = add i32 %x, %y
  %o = icmp ule i32 %a, %x
  ret i1 %o
}

;; pair: usub.with.overflow's bit is x <u y
;; expect: proved
;; source
declare { i8, i1 } @llvm.usub.with.overflow.i8(i8, i8)
define i1 @f(i8 %x, i8 %y) {
  %s = call { i8, i1 } @llvm.usub.with.overflow.i8(i8 %x, i8 %y)
  %o = extractvalue { i8, i1 } %s, 1
  ret i1 %o
}
;; target
define i1 @f(i8 %x, i8 %y) {
  %o = icmp ult i8 %x, %y
  ret i1 %o
}

;; pair: ssub.with.overflow(0, x) overflows only for INT_MIN
;; expect: proved
;; source
declare { i8, i1 } @llvm.ssub.with.overflow.i8(i8, i8)
define i1 @f(i8 %x) {
  %s = call { i8, i1 } @llvm.ssub.with.overflow.i8(i8 0, i8 %x)
  %o = extractvalue { i8, i1 } %s, 1
  ret i1 %o
}
;; target
define i1 @f(i8 %x) {
  %o = icmp eq i8 %x, -128
  ret i1 %o
}

;; pair: ssub.with.overflow(0, x) overflow bit, target says -1 also overflows
;; expect: wrong
;; source
declare { i8, i1 } @llvm.ssub.with.overflow.i8(i8, i8)
define i1 @f(i8 %x) {
  %s = call { i8, i1 } @llvm.ssub.with.overflow.i8(i8 0, i8 %x)
  %o = extractvalue { i8, i1 } %s, 1
  ret i1 %o
}
;; target
define i1 @f(i8 %x) {
  %a = icmp eq i8 %x, -128
  %b = icmp eq i8 %x, -1
  %o = or i1 %a, %b
  ret i1 %o
}

;; pair: umul.with.overflow on i8: 16 * 16 overflows
;; expect: proved
;; source
declare { i8, i1 } @llvm.umul.with.overflow.i8(i8, i8)
define { i8, i1 } @f() {
  %s = call { i8, i1 } @llvm.umul.with.overflow.i8(i8 16, i8 16)
  ret { i8, i1 } %s
}
;; target
define { i8, i1 } @f() {
  ret { i8, i1 } { i8 0, i1 true }
}

;; pair: smul.with.overflow on i8: -128 * -1 overflows, the value is -128
;; expect: wrong
;; source
declare { i8, i1 } @llvm.smul.with.overflow.i8(i8, i8)
define { i8, i1 } @f() {
  %s = call { i8, i1 } @llvm.smul.with.overflow.i8(i8 -128, i8 -1)
  ret { i8, i1 } %s
}
;; target
define { i8, i1 } @f() {
  ret { i8, i1 } { i8 -128, i1 false }
}

;; pair: smul.with.overflow on i1: -1 * -1 = 1 overflows (i1 only holds 0 and -1)
;; expect: proved
;; source
declare { i1, i1 } @llvm.smul.with.overflow.i1(i1, i1)
define { i1, i1 } @f() {
  %s = call { i1, i1 } @llvm.smul.with.overflow.i1(i1 true, i1 true)
  ret { i1, i1 } %s
}
;; target
define { i1, i1 } @f() {
  ret { i1, i1 } { i1 true, i1 true }
}

;; pair: sadd.with.overflow with a poison operand: both fields poison, target returns a defined bit
;; expect: proved
;; source
declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32)
define i1 @f(i32 noundef %x) {
  %s = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %x, i32 poison)
  %o = extractvalue { i32, i1 } %s, 1
  ret i1 %o
}
;; target
define i1 @f(i32 noundef %x) {
  ret i1 false
}

;; pair: overflow bit from usub.with.overflow branching: target uses the wrong operand order
;; expect: wrong
;; source
declare { i32, i1 } @llvm.usub.with.overflow.i32(i32, i32)
define i32 @f(i32 noundef %x, i32 noundef %y) {
entry:
  %s = call { i32, i1 } @llvm.usub.with.overflow.i32(i32 %x, i32 %y)
  %o = extractvalue { i32, i1 } %s, 1
  br i1 %o, label %ov, label %ok
ov:
  ret i32 0
ok:
  %v = extractvalue { i32, i1 } %s, 0
  ret i32 %v
}
;; target
define i32 @f(i32 noundef %x, i32 noundef %y) {
entry:
  %o = icmp ugt i32 %y, %x
  %v = sub i32 %y, %x
  %r = select i1 %o, i32 0, i32 %v
  ret i32 %r
}

;; pair: uadd.with.overflow's bit is (x + y) <u x for noundef x
;; expect: proved
;; source
declare { i32, i1 } @llvm.uadd.with.overflow.i32(i32, i32)
define i1 @f(i32 noundef %x, i32 %y) {
  %s = call { i32, i1 } @llvm.uadd.with.overflow.i32(i32 %x, i32 %y)
  %o = extractvalue { i32, i1 } %s, 1
  ret i1 %o
}
;; target
define i1 @f(i32 noundef %x, i32 %y) {
  %a = add i32 %x, %y
  %o = icmp ult i32 %a, %x
  ret i1 %o
}
