; Checked with the default SmtVerifier (undef_memory=True). Undef bytes in the caller's memory (LangRef "Undefined Values": memory may hold undef, e.g. a caller's
; uninitialized variable; a load of undef bytes gives undef, which may differ at each use), written from the LangRef.

;; pair: shl of a loaded value is not add of it to itself (each use of undef may differ)
;; expect: refuted
;; source
define i32 @f(ptr %p) {
  %v = load i32, ptr %p
  %r = shl i32 %v, 1
  ret i32 %r
}
;; target
define i32 @f(ptr %p) {
  %v = load i32, ptr %p
  %r = add i32 %v, %v
  ret i32 %r
}
;; pair: mul of a loaded value by 2 is not add of it to itself
;; expect: refuted
;; source
define i8 @f(ptr %p) {
  %v = load i8, ptr %p
  %r = mul i8 %v, 2
  ret i8 %r
}
;; target
define i8 @f(ptr %p) {
  %v = load i8, ptr %p
  %r = add i8 %v, %v
  ret i8 %r
}
;; pair: dropping the freeze of a loaded value used twice
;; expect: refuted
;; source
define i8 @f(ptr %p) {
  %v = load i8, ptr %p
  %f = freeze i8 %v
  %r = add i8 %f, %f
  ret i8 %r
}
;; target
define i8 @f(ptr %p) {
  %v = load i8, ptr %p
  %r = add i8 %v, %v
  ret i8 %r
}
;; pair: dropping the freeze before a branch on a loaded value (branching on undef is UB)
;; expect: refuted
;; source
define i32 @f(ptr %p) {
  %v = load i8, ptr %p
  %f = freeze i8 %v
  %c = icmp eq i8 %f, 0
  br i1 %c, label %a, label %b
a:
  ret i32 1
b:
  ret i32 2
}
;; target
define i32 @f(ptr %p) {
  %v = load i8, ptr %p
  %c = icmp eq i8 %v, 0
  br i1 %c, label %a, label %b
a:
  ret i32 1
b:
  ret i32 2
}
;; pair: a frozen byte stored back is not the undef byte left in place (a callee may read it twice)
;; expect: wrong
;; source
declare void @g(ptr)
define void @f(ptr %p) {
  %v = load i8, ptr %p
  %w = freeze i8 %v
  store i8 %w, ptr %p
  call void @g(ptr %p)
  ret void
}
;; target
declare void @g(ptr)
define void @f(ptr %p) {
  call void @g(ptr %p)
  ret void
}
;; pair: two loads of the same byte are two undef instances: their xor is not 0 in the target
;; expect: wrong
;; source
define i8 @f(ptr %p) {
  %a = load i8, ptr %p
  ret i8 0
}
;; target
define i8 @f(ptr %p) {
  %a = load i8, ptr %p
  %b = load i8, ptr %p
  %r = xor i8 %a, %b
  ret i8 %r
}
;; pair: a loaded value with add 0 removed
;; expect: proved
;; source
define void @f(ptr %p, ptr %q) {
  %v = load i32, ptr %p
  %r = add i32 %v, 0
  store i32 %r, ptr %q
  ret void
}
;; target
define void @f(ptr %p, ptr %q) {
  %v = load i32, ptr %p
  store i32 %v, ptr %q
  ret void
}
;; pair: a 4-byte memcpy as an i32 load and store (undef bytes copied as undef; poison bytes make it inconclusive)
;; expect: right
;; source
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr noalias %d, ptr noalias %s) {
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %d, ptr align 4 %s, i64 4, i1 false)
  ret void
}
;; target
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr noalias %d, ptr noalias %s) {
  %v = load i32, ptr %s, align 4
  store i32 %v, ptr %d, align 4
  ret void
}
;; pair: add of a loaded value to itself as shl (fewer uses of undef is a refinement)
;; expect: right
;; source
define i32 @f(ptr %p) {
  %v = load i32, ptr %p
  %r = add i32 %v, %v
  ret i32 %r
}
;; target
define i32 @f(ptr %p) {
  %v = load i32, ptr %p
  %r = shl i32 %v, 1
  ret i32 %r
}
;; pair: xor of a loaded value with itself is 0 (each use may differ, so 0 is one of its values)
;; expect: right
;; source
define i8 @f(ptr %p) {
  %v = load i8, ptr %p
  %r = xor i8 %v, %v
  ret i8 %r
}
;; target
define i8 @f(ptr %p) {
  ret i8 0
}
;; pair: a loaded byte frozen in the target only (freeze refines undef)
;; expect: proved
;; source
define i8 @f(ptr %p) {
  %v = load i8, ptr %p
  ret i8 %v
}
;; target
define i8 @f(ptr %p) {
  %v = load i8, ptr %p
  %f = freeze i8 %v
  ret i8 %f
}
;; pair: an unconditional store, target stores only when the value differs (a branch on a load that may read undef)
;; expect: refuted
;; source
define void @f(ptr %p) {
  store i32 42, ptr %p, align 4
  ret void
}
;; target
define void @f(ptr %p) {
  %v = load i32, ptr %p, align 4
  %c = icmp ne i32 %v, 42
  br i1 %c, label %set, label %done
set:
  store i32 42, ptr %p, align 4
  br label %done
done:
  ret void
}
;; pair: store-to-load forwarding of a sum computed from a load (counter += by; return counter)
;; expect: proved
;; source
@counter = global i32 0
define i32 @f(i32 noundef %by) {
  %a = load i32, ptr @counter
  %s = add nsw i32 %a, %by
  store i32 %s, ptr @counter
  %r = load i32, ptr @counter
  ret i32 %r
}
;; target
@counter = global i32 0
define i32 @f(i32 noundef %by) {
  %a = load i32, ptr @counter
  %s = add nsw i32 %a, %by
  store i32 %s, ptr @counter
  ret i32 %s
}
;; pair: a stored value reloaded instead of reused (the reverse of forwarding)
;; expect: proved
;; source
define i32 @f(ptr noalias %p, ptr noalias %q) {
  %v = load i32, ptr %p
  %w = add i32 %v, 1
  store i32 %w, ptr %q
  ret i32 %w
}
;; target
define i32 @f(ptr noalias %p, ptr noalias %q) {
  %v = load i32, ptr %p
  %w = add i32 %v, 1
  store i32 %w, ptr %q
  %r = load i32, ptr %q
  ret i32 %r
}
;; pair: a loaded value stored back to its own address is a no-op (undef bytes stay undef)
;; expect: right
;; source
define void @f(ptr %p) {
  %v = load i32, ptr %p
  store i32 %v, ptr %p
  ret void
}
;; target
define void @f(ptr %p) {
  ret void
}
;; pair: one undef byte stored as both bytes of an i16 is not two undef bytes copied (an i16 load sees them equal)
;; expect: refuted
;; source
define void @f(ptr %p, ptr %q) {
  %b = load i8, ptr %p
  %z = zext i8 %b to i16
  %m = mul i16 %z, 257
  store i16 %m, ptr %q
  ret void
}
;; target
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @f(ptr %p, ptr %q) {
  call void @llvm.memcpy.p0.p0.i64(ptr %q, ptr %p, i64 1, i1 false)
  %q1 = getelementptr i8, ptr %q, i64 1
  call void @llvm.memcpy.p0.p0.i64(ptr %q1, ptr %p, i64 1, i1 false)
  ret void
}
;; pair: a frozen loaded value both stored and returned is not the unfrozen one (the caller sees them equal)
;; expect: wrong
;; source
define i32 @f(ptr noalias %p, ptr noalias %q) {
  %v = load i32, ptr %p
  %f = freeze i32 %v
  store i32 %f, ptr %q
  ret i32 %f
}
;; target
define i32 @f(ptr noalias %p, ptr noalias %q) {
  %v = load i32, ptr %p
  store i32 %v, ptr %q
  ret i32 %v
}
;; pair: a value loaded before a call and passed to it, forwarded from the load instead of reloaded after a store
;; expect: proved
;; source
declare void @g(i32)
define void @f(ptr noalias %p, ptr noalias %q) {
  %v = load i32, ptr %p
  store i32 %v, ptr %q
  %w = load i32, ptr %q
  call void @g(i32 %w)
  ret void
}
;; target
declare void @g(i32)
define void @f(ptr noalias %p, ptr noalias %q) {
  %v = load i32, ptr %p
  store i32 %v, ptr %q
  call void @g(i32 %v)
  ret void
}
;; pair: two loads of the same address merged into one (fewer undef instances is a refinement)
;; expect: right
;; source
define i32 @f(ptr %p) {
  %a = load i32, ptr %p
  %b = load i32, ptr %p
  %r = add i32 %a, %b
  ret i32 %r
}
;; target
define i32 @f(ptr %p) {
  %a = load i32, ptr %p
  %r = add i32 %a, %a
  ret i32 %r
}
;; pair: shl of a loaded value is not the sum of two loads of it (two loads are two undef instances)
;; expect: refuted
;; source
define i32 @f(ptr %p) {
  %a = load i32, ptr %p
  %r = shl i32 %a, 1
  ret i32 %r
}
;; target
define i32 @f(ptr %p) {
  %a = load i32, ptr %p
  %b = load i32, ptr %p
  %r = add i32 %a, %b
  ret i32 %r
}
;; pair: shl of a call's result is not add of it to itself (a result without noundef may be undef)
;; expect: refuted
;; source
declare i32 @g()
define i32 @f() {
  %v = call i32 @g()
  %r = shl i32 %v, 1
  ret i32 %r
}
;; target
declare i32 @g()
define i32 @f() {
  %v = call i32 @g()
  %r = add i32 %v, %v
  ret i32 %r
}
;; pair: shl of a noundef call result as add of it to itself (noundef: one value)
;; expect: proved
;; source
declare noundef i32 @g()
define i32 @f() {
  %v = call i32 @g()
  %r = shl i32 %v, 1
  ret i32 %r
}
;; target
declare noundef i32 @g()
define i32 @f() {
  %v = call i32 @g()
  %r = add i32 %v, %v
  ret i32 %r
}
;; pair: a call's result used twice where the source uses it once, then passed to another call
;; expect: wrong
;; source
declare i8 @g()
declare void @h(i8)
define void @f() {
  %v = call i8 @g()
  call void @h(i8 0)
  ret void
}
;; target
declare i8 @g()
declare void @h(i8)
define void @f() {
  %v = call i8 @g()
  %x = xor i8 %v, %v
  call void @h(i8 %x)
  ret void
}
;; pair: a call's result returned through a stored and reloaded local
;; expect: proved
;; source
declare i32 @g()
define i32 @f() {
  %a = alloca i32
  %v = call i32 @g()
  store i32 %v, ptr %a
  %w = load i32, ptr %a
  ret i32 %w
}
;; target
declare i32 @g()
define i32 @f() {
  %v = call i32 @g()
  ret i32 %v
}

;; pair: a select on a loaded value made a branch (branching on undef is UB, selecting on it is not)
;; expect: refuted
;; source
define i32 @f(ptr %p) {
  %x = load i32, ptr %p, align 4
  %c = icmp eq i32 %x, 0
  %r = select i1 %c, i32 1, i32 2
  ret i32 %r
}
;; target
define i32 @f(ptr %p) {
  %x = load i32, ptr %p, align 4
  %c = icmp eq i32 %x, 0
  br i1 %c, label %y, label %n
y:
  ret i32 1
n:
  ret i32 2
}

;; pair: a branch on a loaded value made a select
;; expect: proved
;; source
define i32 @f(ptr %p) {
  %x = load i32, ptr %p, align 4
  %c = icmp eq i32 %x, 0
  br i1 %c, label %y, label %n
y:
  ret i32 1
n:
  ret i32 2
}
;; target
define i32 @f(ptr %p) {
  %x = load i32, ptr %p, align 4
  %c = icmp eq i32 %x, 0
  %r = select i1 %c, i32 1, i32 2
  ret i32 %r
}

;; pair: a loop that stops at the first call returning 0, its counter in memory, as a phi (a value merged after branches on calls' results that may be undef, used twice)
;; expect: proved
;; source
declare i32 @g()

define i32 @f() {
  %i = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %head
head:
  %k = load i32, ptr %i, align 4
  %more = icmp ult i32 %k, 3
  br i1 %more, label %body, label %done
body:
  %r = call i32 @g()
  %hit = icmp eq i32 %r, 0
  br i1 %hit, label %done, label %next
next:
  %k1 = add i32 %k, 1
  store i32 %k1, ptr %i, align 4
  br label %head
done:
  %n = load i32, ptr %i, align 4
  %twice = add i32 %n, %n
  ret i32 %twice
}
;; target
declare i32 @g()

define i32 @f() {
  br label %head
head:
  %k = phi i32 [ 0, %0 ], [ %k1, %next ]
  %more = icmp ult i32 %k, 3
  br i1 %more, label %body, label %done
body:
  %r = call i32 @g()
  %hit = icmp eq i32 %r, 0
  br i1 %hit, label %done, label %next
next:
  %k1 = add i32 %k, 1
  br label %head
done:
  %twice = shl i32 %k, 1
  ret i32 %twice
}
