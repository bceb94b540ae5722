; undef arguments (LangRef "Undefined Values", "Parameter Attributes": noundef): a caller may pass undef for a
; parameter without noundef, and each use of it may then observe a different value; a value computed from it is
; undef again at each use. noundef on the parameter makes undef (and poison) UB, so the argument is one value.

;; pair: doubling by multiplication, target adds the argument to itself
;; expect: refuted
;; source
define i32 @f(i32 %v) {
  %r = mul i32 %v, 2
  ret i32 %r
}
;; target
define i32 @f(i32 %v) {
  %r = add i32 %v, %v
  ret i32 %r
}

;; pair: adding the argument to itself, target shifts it left once
;; expect: proved
;; source
define i32 @f(i32 %v) {
  %r = add i32 %v, %v
  ret i32 %r
}
;; target
define i32 @f(i32 %v) {
  %r = shl i32 %v, 1
  ret i32 %r
}

;; pair: doubling a noundef argument, target adds it to itself
;; expect: proved
;; source
define i32 @f(i32 noundef %v) {
  %r = mul i32 %v, 2
  ret i32 %r
}
;; target
define i32 @f(i32 noundef %v) {
  %r = add i32 %v, %v
  ret i32 %r
}

;; pair: returning zero, target returns the argument xor itself
;; expect: refuted
;; source
define i32 @f(i32 %v) {
  ret i32 0
}
;; target
define i32 @f(i32 %v) {
  %r = xor i32 %v, %v
  ret i32 %r
}

;; pair: the argument xor itself, target returns zero
;; expect: proved
;; source
define i32 @f(i32 %v) {
  %r = xor i32 %v, %v
  ret i32 %r
}
;; target
define i32 @f(i32 %v) {
  ret i32 0
}

;; pair: storing the doubled argument, target stores it added to itself
;; expect: wrong
;; source
define void @f(i32 %v, ptr %p) {
  %r = mul i32 %v, 2
  store i32 %r, ptr %p
  ret void
}
;; target
define void @f(i32 %v, ptr %p) {
  %r = add i32 %v, %v
  store i32 %r, ptr %p
  ret void
}

;; pair: passing the doubled argument to a call, target passes it added to itself
;; expect: wrong
;; source
declare void @g(i32)
define void @f(i32 %v) {
  %r = mul i32 %v, 2
  call void @g(i32 %r)
  ret void
}
;; target
declare void @g(i32)
define void @f(i32 %v) {
  %r = add i32 %v, %v
  call void @g(i32 %r)
  ret void
}

;; pair: a vector doubled by multiplication, target adds it to itself
;; expect: refuted
;; source
define <2 x i32> @f(<2 x i32> %v) {
  %r = mul <2 x i32> %v, <i32 2, i32 2>
  ret <2 x i32> %r
}
;; target
define <2 x i32> @f(<2 x i32> %v) {
  %r = add <2 x i32> %v, %v
  ret <2 x i32> %r
}

;; pair: the argument squared and compared, target compares a frozen copy
;; expect: right
;; source
define i1 @f(i32 %v) {
  %s = mul i32 %v, %v
  %c = icmp sge i32 %s, -1
  ret i1 %c
}
;; target
define i1 @f(i32 %v) {
  %w = freeze i32 %v
  %s = mul i32 %w, %w
  %c = icmp sge i32 %s, -1
  ret i1 %c
}

;; pair: a frozen argument minus itself in a loop, target subtracts the argument itself
;; expect: wrong
;; source
define i32 @f(i32 %v) {
entry:
  %w = freeze i32 %v
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %acc = phi i32 [ 0, %entry ], [ %d, %loop ]
  %d = sub i32 %w, %w
  %i1 = add i32 %i, 1
  %done = icmp eq i32 %i1, 2
  br i1 %done, label %exit, label %loop
exit:
  ret i32 %acc
}
;; target
define i32 @f(i32 %v) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %acc = phi i32 [ 0, %entry ], [ %d, %loop ]
  %d = sub i32 %v, %v
  %i1 = add i32 %i, 1
  %done = icmp eq i32 %i1, 2
  br i1 %done, label %exit, label %loop
exit:
  ret i32 %acc
}

;; pair: a target that adds noundef to an argument the source may get as undef
;; expect: wrong
;; source
define i32 @f(i32 %v) {
  %r = add i32 %v, 1
  ret i32 %r
}
;; target
define i32 @f(i32 noundef %v) {
  %r = add i32 %v, 1
  ret i32 %r
}

;; pair: a division the source guards by a select, target divides unguarded (the source divides anyway)
;; expect: right
;; source
define i32 @f(i32 %x, i32 %y) {
  %z = icmp eq i32 %y, 0
  %d = udiv i32 %x, %y
  %r = select i1 %z, i32 0, i32 %d
  ret i32 %r
}
;; target
define i32 @f(i32 %x, i32 %y) {
  %d = udiv i32 %x, %y
  ret i32 %d
}

;; pair: a splat of lane 0, target inserts one extracted lane twice (each use of an undef lane may differ)
;; expect: wrong
;; source
define <2 x i32> @f(<4 x i32> %x) {
  %s = shufflevector <4 x i32> %x, <4 x i32> poison, <2 x i32> zeroinitializer
  ret <2 x i32> %s
}
;; target
define <2 x i32> @f(<4 x i32> %x) {
  %e = extractelement <4 x i32> %x, i64 0
  %a = insertelement <2 x i32> poison, i32 %e, i64 0
  %b = insertelement <2 x i32> %a, i32 %e, i64 1
  ret <2 x i32> %b
}

;; pair: ffs of an argument that may be undef, target tests it for zero apart from counting its zeros
;; expect: wrong
;; source
declare i32 @ffs(i32)
define i32 @f(i32 %x) {
  %r = call i32 @ffs(i32 %x)
  ret i32 %r
}
;; target
declare i32 @llvm.cttz.i32(i32, i1)
define i32 @f(i32 %x) {
  %tz = call i32 @llvm.cttz.i32(i32 %x, i1 true)
  %p1 = add nuw nsw i32 %tz, 1
  %z = icmp eq i32 %x, 0
  %r = select i1 %z, i32 0, i32 %p1
  ret i32 %r
}

;; pair: passing a frozen argument to a noundef parameter, target passes the argument itself
;; expect: wrong
;; source
declare void @g(i32)
define void @f(i32 %x) {
  %w = freeze i32 %x
  call void @g(i32 noundef %w)
  ret void
}
;; target
declare void @g(i32)
define void @f(i32 %x) {
  call void @g(i32 noundef %x)
  ret void
}

;; pair: passing the argument to a noundef parameter, target passes it frozen
;; expect: right
;; source
declare void @g(i32)
define void @f(i32 %x) {
  call void @g(i32 noundef %x)
  ret void
}
;; target
declare void @g(i32)
define void @f(i32 %x) {
  %w = freeze i32 %x
  call void @g(i32 noundef %w)
  ret void
}
