; ModuleID = 'o0.ll'
source_filename = "o0.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@table = internal constant [4 x i16] [i16 3, i16 1, i16 4, i16 1], align 2
@counter = dso_local global i32 0, align 4

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @clamp(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %7 = icmp slt i32 %0, %1
  br i1 %7, label %8, label %10

8:                                                ; preds = %3
  %9 = load i32, ptr %5, align 4
  br label %20

10:                                               ; preds = %3
  %11 = load i32, ptr %4, align 4
  %12 = load i32, ptr %6, align 4
  %13 = icmp sgt i32 %11, %12
  br i1 %13, label %14, label %16

14:                                               ; preds = %10
  %15 = load i32, ptr %6, align 4
  br label %18

16:                                               ; preds = %10
  %17 = load i32, ptr %4, align 4
  br label %18

18:                                               ; preds = %16, %14
  %19 = phi i32 [ %15, %14 ], [ %17, %16 ]
  br label %20

20:                                               ; preds = %18, %8
  %21 = phi i32 [ %9, %8 ], [ %19, %18 ]
  ret i32 %21
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @rotl(i32 noundef %0) #0 {
  %2 = call i32 @llvm.fshl.i32(i32 %0, i32 %0, i32 5)
  ret i32 %2
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @sign(i64 noundef %0) #0 {
  %2 = icmp sgt i64 %0, 0
  %3 = zext i1 %2 to i32
  %.lobit.neg = ashr i64 %0, 63
  %.neg = trunc nsw i64 %.lobit.neg to i32
  %4 = add nsw i32 %.neg, %3
  ret i32 %4
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @lookup(i32 noundef %0) #0 {
  %2 = and i32 %0, 3
  %3 = zext nneg i32 %2 to i64
  %4 = getelementptr inbounds [4 x i16], ptr @table, i64 0, i64 %3
  %5 = load i16, ptr %4, align 2
  %6 = sext i16 %5 to i32
  ret i32 %6
}

; Function Attrs: noinline nounwind uwtable
define dso_local void @bump() #0 {
  %1 = load i32, ptr @counter, align 4
  %2 = add nsw i32 %1, 2
  store i32 %2, ptr @counter, align 4
  ret void
}

; Function Attrs: noinline nounwind uwtable
define dso_local void @move(ptr noundef %0, i32 noundef %1) #0 {
  %3 = load i32, ptr %0, align 4
  %4 = add nsw i32 %3, %1
  store i32 %4, ptr %0, align 4
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  store i8 109, ptr %5, align 4
  ret void
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @swap_sum(ptr noundef %0, ptr noundef %1) #0 {
  %3 = load i32, ptr %0, align 4
  %4 = load i32, ptr %1, align 4
  store i32 %4, ptr %0, align 4
  store i32 %3, ptr %1, align 4
  %5 = load i32, ptr %0, align 4
  %6 = add nsw i32 %5, %3
  ret i32 %6
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @calls(i32 noundef %0) #0 {
  %2 = call i32 @ext(i32 noundef %0) #4
  %3 = shl nsw i32 %2, 1
  %4 = add nsw i32 %0, 1
  %5 = call i32 @ext(i32 noundef %4) #4
  %6 = add nsw i32 %3, %5
  ret i32 %6
}

declare i32 @ext(i32 noundef) #1

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @grade(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = sdiv i32 %0, 10
  switch i32 %3, label %7 [
    i32 10, label %4
    i32 9, label %4
    i32 8, label %5
    i32 7, label %6
  ]

4:                                                ; preds = %1, %1
  store i32 4, ptr %2, align 4
  br label %8

5:                                                ; preds = %1
  store i32 3, ptr %2, align 4
  br label %8

6:                                                ; preds = %1
  store i32 2, ptr %2, align 4
  br label %8

7:                                                ; preds = %1
  store i32 0, ptr %2, align 4
  br label %8

8:                                                ; preds = %7, %6, %5, %4
  %9 = load i32, ptr %2, align 4
  ret i32 %9
}

; Function Attrs: noinline nounwind uwtable
define dso_local zeroext i8 @avg(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = zext i8 %0 to i16
  %4 = zext i8 %1 to i16
  %5 = add nuw nsw i16 %3, %4
  %6 = lshr i16 %5, 1
  %7 = trunc nuw i16 %6 to i8
  ret i8 %7
}

; Function Attrs: noinline nounwind uwtable
define dso_local void @zero3(ptr noundef %0) #0 {
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %0, i8 0, i64 12, i1 false)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @sum_to(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  store i32 0, ptr %3, align 4
  br label %5

5:                                                ; preds = %12, %1
  %storemerge = phi i32 [ 0, %1 ], [ %14, %12 ]
  store i32 %storemerge, ptr %4, align 4
  %6 = load i32, ptr %2, align 4
  %7 = icmp slt i32 %storemerge, %6
  br i1 %7, label %8, label %15

8:                                                ; preds = %5
  %9 = load i32, ptr %4, align 4
  %10 = load i32, ptr %3, align 4
  %11 = add nsw i32 %10, %9
  store i32 %11, ptr %3, align 4
  br label %12

12:                                               ; preds = %8
  %13 = load i32, ptr %4, align 4
  %14 = add nsw i32 %13, 1
  br label %5, !llvm.loop !6

15:                                               ; preds = %5
  %16 = load i32, ptr %3, align 4
  ret i32 %16
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.fshl.i32(i32, i32, i32) #3

attributes #0 = { noinline nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
